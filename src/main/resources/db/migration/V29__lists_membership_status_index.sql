-- The users list filtered by status alone (Status: Blocked), and its count, read one index range
-- (issue #13): ix_membership_account_role leads with the role, so without one it scanned every member.
CREATE INDEX ix_membership_account_status ON membership (business_account_id, status, email);

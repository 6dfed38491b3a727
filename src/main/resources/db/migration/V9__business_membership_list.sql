-- Business Account Users at 100,000 members: the member's email is copied onto the membership
-- (emails never change) so that the list can be searched, sorted and paged by index alone.
ALTER TABLE membership ADD COLUMN email VARCHAR(254);
UPDATE membership SET email = (SELECT u.email FROM user_account u WHERE u.id = membership.user_id);
ALTER TABLE membership ALTER COLUMN email SET NOT NULL;
CREATE INDEX ix_membership_account_email ON membership (business_account_id, email);
CREATE INDEX ix_membership_account_since ON membership (business_account_id, member_since, user_id);

-- A role change waiting to be shown once to the member ("your role is now ...").
ALTER TABLE membership ADD COLUMN role_notice VARCHAR(30);

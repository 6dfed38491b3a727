-- PostgreSQL only: the member list's name prefix search (LOWER(first_name) LIKE 'abc%') within one
-- business account uses these, as it used the user_account ones of V10 before the copy (V25).
CREATE INDEX ix_membership_first_name_prefix ON membership (business_account_id, LOWER(first_name) varchar_pattern_ops);
CREATE INDEX ix_membership_last_name_prefix ON membership (business_account_id, LOWER(last_name) varchar_pattern_ops);

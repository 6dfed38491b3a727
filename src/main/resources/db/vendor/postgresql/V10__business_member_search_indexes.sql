-- PostgreSQL only: prefix searches (LIKE 'abc%') use these indexes whatever the database collation.
CREATE INDEX ix_membership_email_prefix ON membership (business_account_id, email varchar_pattern_ops);
CREATE INDEX ix_user_first_name_prefix ON user_account (LOWER(first_name) varchar_pattern_ops);
CREATE INDEX ix_user_last_name_prefix ON user_account (LOWER(last_name) varchar_pattern_ops);

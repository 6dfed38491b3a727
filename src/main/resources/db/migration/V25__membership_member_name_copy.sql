-- The member's name is copied onto the membership, as the email is (V9), so that the member list
-- is searched, sorted and paged on membership alone and business reads no table of account.
-- business keeps the copy current when account publishes ProfileChanged.
ALTER TABLE membership ADD COLUMN first_name VARCHAR(100);
ALTER TABLE membership ADD COLUMN last_name VARCHAR(100);
UPDATE membership SET
    first_name = (SELECT u.first_name FROM user_account u WHERE u.id = membership.user_id),
    last_name = (SELECT u.last_name FROM user_account u WHERE u.id = membership.user_id);
ALTER TABLE membership ALTER COLUMN first_name SET NOT NULL;
ALTER TABLE membership ALTER COLUMN last_name SET NOT NULL;

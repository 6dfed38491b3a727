-- The context a person worked in last: 'personal', or the id of a business account. Signing in
-- lands there again (spec §2, the walkthrough's first step); null until they have chosen one.
ALTER TABLE user_account ADD COLUMN last_context VARCHAR(36);

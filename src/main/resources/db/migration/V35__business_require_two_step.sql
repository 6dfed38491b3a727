-- "Require two-step verification": while on, members without a second step may not enter the
-- business account (pages show why, the API answers 403 TWO_STEP_REQUIRED). Off for existing accounts.
ALTER TABLE business_account ADD COLUMN require_two_step BOOLEAN DEFAULT FALSE NOT NULL;

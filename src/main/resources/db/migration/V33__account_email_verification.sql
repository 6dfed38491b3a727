-- Accounts that existed before email verification keep working as they did: they count as verified.
-- (New accounts are written with an explicit value: false after a sign-up, true from an invitation.)
UPDATE user_account SET email_verified = TRUE;

-- Single-use links mailed to prove an address: VERIFY (the account's own email) or CHANGE (to
-- new_email, which becomes the account's email when the link is followed). Only the SHA-256 of the
-- token is kept. Sending is limited per person, counted by user_id and created_at.
CREATE TABLE email_link (
    token_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    purpose     VARCHAR(10)  NOT NULL,
    new_email   VARCHAR(254),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ck_email_link_purpose CHECK (purpose IN ('VERIFY', 'CHANGE'))
);
CREATE INDEX ix_email_link_user ON email_link (user_id, purpose, created_at);

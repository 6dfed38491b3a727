-- Two-step verification with an authenticator app: one secret per person (AES-GCM encrypted), unconfirmed
-- until the person typed a code from it, and the last time step used (a code is accepted once). A new
-- setup replaces an unconfirmed secret.
CREATE TABLE totp_credential (
    user_id        UUID         NOT NULL PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    secret         VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at   TIMESTAMP WITH TIME ZONE,
    last_used_step BIGINT
);

-- Ten single-use recovery codes per person with two-step verification, stored as SHA-256.
CREATE TABLE recovery_code (
    id        UUID        NOT NULL PRIMARY KEY,
    user_id   UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_recovery_code_user_hash ON recovery_code (user_id, code_hash);

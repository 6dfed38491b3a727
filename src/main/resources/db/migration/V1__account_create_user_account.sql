-- Personal accounts. The email is stored trimmed and lower-cased: one account per address.
CREATE TABLE user_account (
    id             UUID         NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    language       VARCHAR(10)  NOT NULL,
    email_verified BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_user_account_email UNIQUE (email)
);

-- Single-use password reset links; only the SHA-256 of the token is kept.
CREATE TABLE password_reset (
    token_hash  CHAR(64)    NOT NULL PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id);

-- Personal access tokens for the API; shown once, stored hashed.
CREATE TABLE api_token (
    id          UUID         NOT NULL PRIMARY KEY,
    user_id     UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    name        VARCHAR(100) NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_api_token_user ON api_token (user_id);

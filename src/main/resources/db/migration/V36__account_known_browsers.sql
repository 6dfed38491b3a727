-- The browsers each person signed in from: a random device id lives in the browser's signed cookie
-- ACCORD_DEVICE and only its SHA-256 here. A browser is trusted (the second step is skipped) until
-- trusted_until. Several people may use one browser: one row each.
CREATE TABLE known_browser (
    id             UUID         NOT NULL PRIMARY KEY,
    user_id        UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    device_hash    CHAR(64)     NOT NULL,
    user_agent     VARCHAR(512),
    last_address   VARCHAR(45),
    first_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    trusted_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_known_browser UNIQUE (user_id, device_hash)
);
CREATE INDEX ix_known_browser_user ON known_browser (user_id, last_seen_at);

-- The key that signs device cookies, made once by whichever instance needs it first, shared by all.
CREATE TABLE device_cookie_key (
    id      SMALLINT    NOT NULL PRIMARY KEY,
    secret  VARCHAR(64) NOT NULL
);

-- Failed password checks per (email, client address), answered with growing delays instead of a
-- lock of the email: the owner signing in from an address without failures is let through, and
-- one address may fail for many emails only up to a higher allowance. The old rows counted per
-- email alone; they are short-lived throttle state, not records, so they are dropped.
DROP TABLE sign_in_failure;
CREATE TABLE sign_in_failure (
    id             UUID         NOT NULL PRIMARY KEY,
    subject        VARCHAR(254) NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    failed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_failure_subject ON sign_in_failure (subject, client_address, failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (client_address, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);

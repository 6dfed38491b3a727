-- Recent failed password checks per email, to throttle guessing (sign-in, tokens, join page).
-- Kept in the database so that every instance sees the same count.
CREATE TABLE sign_in_failure (
    id        UUID         NOT NULL PRIMARY KEY,
    subject   VARCHAR(254) NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_sign_in_failure_subject ON sign_in_failure (subject, failed_at);
CREATE INDEX ix_sign_in_failure_time ON sign_in_failure (failed_at);

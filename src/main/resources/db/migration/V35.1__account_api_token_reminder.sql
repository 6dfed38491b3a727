-- When the owner was emailed that the token expires soon (once per token; NULL: not yet).
-- The reminder job looks for unreminded tokens by their expiry.
ALTER TABLE api_token ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_api_token_expires_at ON api_token (expires_at);

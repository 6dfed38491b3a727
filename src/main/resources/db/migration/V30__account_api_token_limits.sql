-- API tokens get an expiry (NULL: never), a scope, and the time and address of their last use
-- (written at most once a minute per token). Tokens created before this keep working: no expiry, full scope.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_token ADD COLUMN scope VARCHAR(10) DEFAULT 'FULL' NOT NULL;
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_token ADD COLUMN last_used_ip VARCHAR(45);

-- SCIM provisioning (ADR 0020). A SCIM token lets a business account's identity provider manage its
-- members through /scim/v2; it is shown once and only its SHA-256 is kept. Revoking keeps the row
-- (name, who made it) until the business account goes.
CREATE TABLE scim_token (
    id                  UUID         NOT NULL PRIMARY KEY,
    business_account_id UUID         NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    name                VARCHAR(100) NOT NULL,
    token_hash          CHAR(64)     NOT NULL,
    created_by          UUID,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at        TIMESTAMP WITH TIME ZONE,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_scim_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_scim_token_account ON scim_token (business_account_id, created_at);

-- What the provider said about a member it manages: its externalId, and whether the provider made
-- the personal account (its names may then follow the provider). One row per membership the
-- provider created or touched; the membership itself lives in the business module.
CREATE TABLE scim_user (
    business_account_id UUID         NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    user_id             UUID         NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    external_id         VARCHAR(255),
    account_created     BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT scim_user_pk PRIMARY KEY (business_account_id, user_id)
);
CREATE INDEX ix_scim_user_external ON scim_user (business_account_id, external_id);
CREATE INDEX ix_scim_user_user ON scim_user (user_id);

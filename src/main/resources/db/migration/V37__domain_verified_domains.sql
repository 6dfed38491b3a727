-- Domains a business account claims and proves by a DNS TXT record (accord-verification=<token> at
-- the domain itself). Several accounts may claim one name while pending, each with its own token;
-- verified_name is set to the name only once verified, and its UNIQUE constraint makes a domain
-- verified by at most one business account (NULLs do not collide, on H2 as on PostgreSQL).
CREATE TABLE verified_domain (
    id                   UUID         NOT NULL PRIMARY KEY,
    business_account_id  UUID         NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    name                 VARCHAR(253) NOT NULL,
    token                VARCHAR(64)  NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at          TIMESTAMP WITH TIME ZONE,
    verified_name        VARCHAR(253),
    last_checked_at      TIMESTAMP WITH TIME ZONE,
    last_check_result    VARCHAR(20),
    failing_since        TIMESTAMP WITH TIME ZONE,
    next_check_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_verified_domain_claim UNIQUE (business_account_id, name),
    CONSTRAINT uq_verified_domain_verified UNIQUE (verified_name)
);
CREATE INDEX ix_verified_domain_name ON verified_domain (name);
CREATE INDEX ix_verified_domain_due ON verified_domain (next_check_at, id);

-- Per business account: "Invite only people of verified domains".
CREATE TABLE domain_settings (
    business_account_id          UUID    NOT NULL PRIMARY KEY REFERENCES business_account (id) ON DELETE CASCADE,
    invite_only_verified_domains BOOLEAN DEFAULT FALSE NOT NULL
);

-- Invitations to join a business account. Only the SHA-256 of the link's token is kept.
-- EXPIRED is not stored: a PENDING invitation past expires_at is expired.
CREATE TABLE invitation (
    id                  UUID         NOT NULL PRIMARY KEY,
    business_account_id UUID         NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    email               VARCHAR(254) NOT NULL,
    language            VARCHAR(10)  NOT NULL,
    token_hash          CHAR(64)     NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    invited_by          UUID         REFERENCES user_account (id) ON DELETE SET NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at         TIMESTAMP WITH TIME ZONE,
    accepted_by         UUID         REFERENCES user_account (id) ON DELETE SET NULL,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_invitation_token UNIQUE (token_hash),
    CONSTRAINT ck_invitation_status CHECK (status IN ('PENDING', 'ACCEPTED', 'REVOKED'))
);
CREATE INDEX ix_invitation_account_status ON invitation (business_account_id, status, created_at);
CREATE INDEX ix_invitation_email_status ON invitation (email, status);

-- One row per invitation email sent (new or re-sent), for the daily limit per account.
CREATE TABLE invitation_send (
    id                  UUID NOT NULL PRIMARY KEY,
    business_account_id UUID NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    sent_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_invitation_send_account ON invitation_send (business_account_id, sent_at);

-- The validity the inviter chose (days), so that Resend keeps it; null for invitations made before.
ALTER TABLE invitation ADD COLUMN validity_days INTEGER;
-- The role the invited person gets when they join (Invite as).
ALTER TABLE invitation ADD COLUMN role VARCHAR(30) DEFAULT 'REGULAR_MEMBER' NOT NULL;
ALTER TABLE invitation ADD CONSTRAINT ck_invitation_role CHECK (role IN ('REGULAR_MEMBER', 'ACCOUNT_ADMINISTRATOR'));

-- Links replaced by a newer one (Resend), so that whoever opens an old link is told so. Only the
-- SHA-256 of the token is kept, as for the current link.
CREATE TABLE invitation_replaced_link (
    token_hash    CHAR(64) NOT NULL PRIMARY KEY,
    invitation_id UUID     NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    replaced_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_invitation_replaced_link_invitation ON invitation_replaced_link (invitation_id);

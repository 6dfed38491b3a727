-- Keyset paging in both directions over the whole list (issue #13): the computers of a key are listed
-- by activation time whatever their status, and invitations newest first with the id breaking ties;
-- the existing indexes lead with status, so a list of several statuses (or all) sorted in memory.
CREATE INDEX ix_activation_key_activated ON activation (license_key_id, activated_at, id);
CREATE INDEX ix_invitation_account_created ON invitation (business_account_id, created_at, id);

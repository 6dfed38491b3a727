-- Keys whose License Administrator an invited person becomes when they accept.
CREATE TABLE invitation_license_key (
    invitation_id  UUID NOT NULL REFERENCES invitation (id) ON DELETE CASCADE,
    license_key_id UUID NOT NULL REFERENCES license_key (id) ON DELETE CASCADE,
    CONSTRAINT invitation_license_key_pk PRIMARY KEY (invitation_id, license_key_id)
);

-- A person's membership of a business account. Removal deletes the row.
CREATE TABLE membership (
    business_account_id UUID          NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    user_id             UUID          NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role                VARCHAR(30)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    notes               VARCHAR(2000),
    member_since        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT membership_pk PRIMARY KEY (business_account_id, user_id),
    CONSTRAINT ck_membership_role CHECK (role IN ('REGULAR_MEMBER', 'ACCOUNT_ADMINISTRATOR')),
    CONSTRAINT ck_membership_status CHECK (status IN ('ACTIVE', 'BLOCKED'))
);
CREATE INDEX ix_membership_user ON membership (user_id);
CREATE INDEX ix_membership_account_role ON membership (business_account_id, role, status);

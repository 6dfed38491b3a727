-- Subscriptions, their license keys, and the computers activated with them.
CREATE TABLE subscription (
    id                  UUID         NOT NULL PRIMARY KEY,
    business_account_id UUID         REFERENCES business_account (id) ON DELETE CASCADE,
    name                VARCHAR(200) NOT NULL,
    product             VARCHAR(200) NOT NULL,
    seats               INT          NOT NULL,
    activation_date     DATE         NOT NULL,
    expiration_date     DATE         NOT NULL,
    auto_renew          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_subscription_seats CHECK (seats >= 0)
);
CREATE INDEX ix_subscription_account ON subscription (business_account_id);

-- A subscription's Primary Key holds its seats; additional keys draw from them (DYNAMIC) or set
-- seats aside (RESERVED). "used" counts ACTIVE activations and changes only under the
-- subscription's row lock, so it is exact under concurrency.
CREATE TABLE license_key (
    id                  UUID         NOT NULL PRIMARY KEY,
    subscription_id     UUID         NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    business_account_id UUID         REFERENCES business_account (id) ON DELETE CASCADE,
    type                VARCHAR(10)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    key_value           VARCHAR(40)  NOT NULL,
    key_hash            CHAR(64)     NOT NULL,
    seat_limit          INT,
    used                INT          NOT NULL DEFAULT 0,
    expires_on          DATE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_license_key_hash UNIQUE (key_hash),
    CONSTRAINT ck_license_key_type CHECK (type IN ('PRIMARY', 'DYNAMIC', 'RESERVED')),
    CONSTRAINT ck_license_key_used CHECK (used >= 0)
);
CREATE INDEX ix_license_key_subscription ON license_key (subscription_id);
CREATE INDEX ix_license_key_account ON license_key (business_account_id);

CREATE TABLE activation (
    id                  UUID          NOT NULL PRIMARY KEY,
    license_key_id      UUID          NOT NULL REFERENCES license_key (id) ON DELETE CASCADE,
    subscription_id     UUID          NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
    device_id           VARCHAR(200)  NOT NULL,
    computer_name       VARCHAR(200)  NOT NULL,
    serial_number       VARCHAR(200),
    mac_address         VARCHAR(64),
    ip_address          VARCHAR(64),
    status              VARCHAR(20)   NOT NULL,
    activated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_check_in_at    TIMESTAMP WITH TIME ZONE,
    notes               VARCHAR(2000),
    CONSTRAINT uq_activation_key_device UNIQUE (license_key_id, device_id),
    CONSTRAINT ck_activation_status CHECK (status IN ('ACTIVE', 'DEACTIVATED'))
);
CREATE INDEX ix_activation_key_status ON activation (license_key_id, status, activated_at, id);

-- Devices refused by every key of a business account until unblacklisted.
CREATE TABLE device_blacklist (
    business_account_id UUID         NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    device_id           VARCHAR(200) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT device_blacklist_pk PRIMARY KEY (business_account_id, device_id)
);

-- Regular Members granted rights over specific keys.
CREATE TABLE license_administrator (
    license_key_id      UUID NOT NULL REFERENCES license_key (id) ON DELETE CASCADE,
    user_id             UUID NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    business_account_id UUID NOT NULL REFERENCES business_account (id) ON DELETE CASCADE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT license_administrator_pk PRIMARY KEY (license_key_id, user_id)
);
CREATE INDEX ix_license_administrator_user ON license_administrator (business_account_id, user_id);

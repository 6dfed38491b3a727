-- One OIDC identity provider per business account (single sign-on); the client secret is encrypted.
CREATE TABLE sso_connection (
    business_account_id   UUID                     NOT NULL PRIMARY KEY REFERENCES business_account (id) ON DELETE CASCADE,
    issuer                VARCHAR(500)             NOT NULL,
    client_id             VARCHAR(200)             NOT NULL,
    client_secret         VARCHAR(4000)            NOT NULL,
    enabled               BOOLEAN                  NOT NULL DEFAULT FALSE,
    require_sso           BOOLEAN                  NOT NULL DEFAULT FALSE,
    join_on_first_sign_in BOOLEAN                  NOT NULL DEFAULT FALSE,
    admin_claim           VARCHAR(100),
    admin_claim_value     VARCHAR(200),
    tested_at             TIMESTAMP WITH TIME ZONE,
    test_result           VARCHAR(40),
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

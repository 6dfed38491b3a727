-- Business accounts: a customer company and its contact details.
CREATE TABLE business_account (
    id            UUID         NOT NULL PRIMARY KEY,
    company_name  VARCHAR(200) NOT NULL,
    country       CHAR(2)      NOT NULL,
    postcode      VARCHAR(20)  NOT NULL,
    phone         VARCHAR(30)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

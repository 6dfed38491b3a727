-- Transactional outbox: written in the same transaction as the change that causes the mail,
-- delivered later by the dispatcher with retries.
CREATE TABLE mail_outbox (
    id              UUID          NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);

-- Mailbox mode (no SMTP server configured): delivered messages are kept here for /dev/mailbox.
CREATE TABLE dev_mailbox (
    id         UUID          NOT NULL PRIMARY KEY,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(500)  NOT NULL,
    text_body  TEXT          NOT NULL,
    html_body  TEXT          NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_dev_mailbox_recipient ON dev_mailbox (recipient, sent_at);
CREATE INDEX ix_dev_mailbox_sent ON dev_mailbox (sent_at);

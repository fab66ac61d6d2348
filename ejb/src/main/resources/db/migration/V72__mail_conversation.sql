-- The conversation with the customer by e-mail.

-- Every mail read from one of the help desk's mailboxes, recorded once under its Message-ID (a synthetic one made
-- from its content when it has none): the unique constraint is what makes a mail fetched twice, delivered to two of
-- our addresses or read again after a crash one mail, never two.
CREATE SEQUENCE inbound_mail_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE inbound_mail (
    id                BIGINT                   NOT NULL,
    version           BIGINT                   NOT NULL,
    message_id        VARCHAR(998)             NOT NULL,
    mailbox           VARCHAR(64)              NOT NULL,
    from_address      VARCHAR(320)             NOT NULL,
    from_name         VARCHAR(200),
    to_addresses      VARCHAR(4000),
    cc_addresses      VARCHAR(4000),
    subject           VARCHAR(1000)            NOT NULL,
    body              VARCHAR(100000)          NOT NULL,
    folded            VARCHAR(100000),
    in_reply_to       VARCHAR(998),
    reference_ids     VARCHAR(8000),
    language          VARCHAR(8),
    sent_at           TIMESTAMP WITH TIME ZONE,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    automatic         BOOLEAN                  NOT NULL,
    outcome           VARCHAR(32)              NOT NULL,
    service_ticket_id BIGINT,
    customer_id       BIGINT,
    contact_id        BIGINT,
    attention         VARCHAR(32),
    settled_by        VARCHAR(64),
    settled_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_inbound_mail PRIMARY KEY (id),
    CONSTRAINT uq_inbound_mail_message_id UNIQUE (message_id),
    CONSTRAINT fk_inbound_mail_ticket FOREIGN KEY (service_ticket_id) REFERENCES service_ticket (id),
    CONSTRAINT fk_inbound_mail_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_inbound_mail_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT ck_inbound_mail_outcome CHECK (outcome IN ('NEW_TICKET', 'ADDED', 'WAITING', 'BOUNCE')),
    CONSTRAINT ck_inbound_mail_attention
        CHECK (attention IN ('NEW_CONTACT', 'CLOSED_TICKET_REPLY', 'UNKNOWN_SENDER', 'RATE_LIMITED'))
);
CREATE INDEX ix_inbound_mail_ticket ON inbound_mail (service_ticket_id, received_at);
CREATE INDEX ix_inbound_mail_attention ON inbound_mail (attention);
CREATE INDEX ix_inbound_mail_sender ON inbound_mail (from_address, received_at);

-- The files a mail carried, kept for staff to download.
CREATE SEQUENCE mail_attachment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE mail_attachment (
    id              BIGINT        NOT NULL,
    inbound_mail_id BIGINT        NOT NULL,
    position        INTEGER       NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(200)  NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    content         BYTEA         NOT NULL,
    CONSTRAINT pk_mail_attachment PRIMARY KEY (id),
    CONSTRAINT fk_mail_attachment_mail FOREIGN KEY (inbound_mail_id) REFERENCES inbound_mail (id)
);
CREATE INDEX ix_mail_attachment_mail ON mail_attachment (inbound_mail_id);

-- Mails that could not be read (unparseable, over the size limit): moved to the mailbox's errors folder and listed
-- here for an administrator, who can send them back to the inbox to be read again.
CREATE SEQUENCE mail_error_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE mail_error (
    id              BIGINT                   NOT NULL,
    version         BIGINT                   NOT NULL,
    mailbox         VARCHAR(64)              NOT NULL,
    message_id      VARCHAR(998)             NOT NULL,
    from_address    VARCHAR(320),
    subject         VARCHAR(1000),
    size_bytes      BIGINT                   NOT NULL,
    reason          VARCHAR(1000)            NOT NULL,
    failed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retry_requested BOOLEAN                  NOT NULL,
    retry_by        VARCHAR(64),
    retried_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_mail_error PRIMARY KEY (id)
);
CREATE INDEX ix_mail_error_mailbox ON mail_error (mailbox, retry_requested);

-- Who reads each mailbox: one reader at a time, whichever server it runs on. A reader holds the lease while it
-- renews it; one that stops renewing (a crashed server) loses it when it expires.
CREATE TABLE mailbox_lease (
    mailbox    VARCHAR(64)              NOT NULL,
    holder     VARCHAR(200)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mailbox_lease PRIMARY KEY (mailbox)
);

-- Mail out carries the headers that thread it in the customer's mail client, and our own Message-ID, against which a
-- customer's answer (In-Reply-To, References) finds its ticket again.
ALTER TABLE outbox_message ADD COLUMN message_id VARCHAR(998);
ALTER TABLE outbox_message ADD COLUMN in_reply_to VARCHAR(998);
ALTER TABLE outbox_message ADD COLUMN reference_ids VARCHAR(8000);
ALTER TABLE outbox_message ADD COLUMN cc VARCHAR(4000);
ALTER TABLE outbox_message ADD COLUMN reply_to VARCHAR(320);
ALTER TABLE outbox_message ADD COLUMN comment_id BIGINT;
ALTER TABLE outbox_message ALTER COLUMN body SET DATA TYPE VARCHAR(16000);
CREATE UNIQUE INDEX uq_outbox_message_message_id ON outbox_message (message_id);
CREATE INDEX ix_outbox_message_comment ON outbox_message (comment_id);

-- A ticket opened from a mail waits for an operator to set its kind and severity before it can be taken in charge;
-- one opened by a late reply to a closed ticket names that ticket.
ALTER TABLE service_ticket ADD COLUMN awaiting_qualification BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE service_ticket ADD COLUMN follows_up VARCHAR(32);


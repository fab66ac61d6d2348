-- Mails to send, written in the same transaction as the change that causes them and sent after commit.
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE outbox_message (
    id              BIGINT        NOT NULL,
    version         BIGINT        NOT NULL,
    kind            VARCHAR(40)   NOT NULL,
    ticket_number   VARCHAR(32),
    recipient       VARCHAR(320)  NOT NULL,
    language        VARCHAR(8)    NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(8000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000),
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_ticket ON outbox_message (ticket_number);

-- Programmers on duty are told at once when a High (blocking) programming ticket opens.
ALTER TABLE staff_user ADD COLUMN on_duty BOOLEAN DEFAULT FALSE NOT NULL;

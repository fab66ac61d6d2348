-- Customers, service and programming tickets, their comments, time entries and history, and the milestone
-- targets. Runs unchanged on H2 2.2 and PostgreSQL 15: keep to standard types and syntax.
-- Column names and lengths follow the JPA mappings in org.helpdesk.domain.customer and org.helpdesk.domain.ticket;
-- the CHECK constraints repeat the enums there (stored by name) and the rules the entities enforce, so that a
-- faulty batch or a hand-written UPDATE cannot store what the domain would refuse.

-- Ids: allocationSize = 50 in the entities.
CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE contact_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE service_ticket_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE programming_ticket_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE ticket_comment_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE time_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

-- The human numbers (HD-2026-000123, PR-2026-000123): one value per ticket, without gaps in normal use.
CREATE SEQUENCE service_ticket_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE programming_ticket_number_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE customer (
    id      BIGINT       NOT NULL,
    version BIGINT       NOT NULL,
    code    VARCHAR(32)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL,
    CONSTRAINT pk_customer PRIMARY KEY (id),
    CONSTRAINT uk_customer_code UNIQUE (code)
);

CREATE TABLE contact (
    id                      BIGINT       NOT NULL,
    customer_id             BIGINT       NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    email                   VARCHAR(320),
    phone                   VARCHAR(50),
    language                VARCHAR(8)   NOT NULL,
    receives_monthly_report BOOLEAN      NOT NULL,
    active                  BOOLEAN      NOT NULL,
    CONSTRAINT pk_contact PRIMARY KEY (id),
    CONSTRAINT fk_contact_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_contact_language CHECK (language IN ('it', 'en')),
    CONSTRAINT ck_contact_report_email CHECK (receives_monthly_report = FALSE OR email IS NOT NULL)
);

CREATE INDEX ix_contact_customer ON contact (customer_id);

CREATE TABLE service_ticket (
    id                  BIGINT                   NOT NULL,
    version             BIGINT                   NOT NULL,
    number              VARCHAR(20)              NOT NULL,
    customer_id         BIGINT                   NOT NULL,
    contact_id          BIGINT,
    channel             VARCHAR(32)              NOT NULL,
    kind                VARCHAR(32)              NOT NULL,
    severity            VARCHAR(16)              NOT NULL,
    subject             VARCHAR(200)             NOT NULL,
    description         VARCHAR(4000)            NOT NULL,
    state               VARCHAR(32)              NOT NULL,
    assigned_operator   VARCHAR(64),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(64)              NOT NULL,
    taken_in_charge_at  TIMESTAMP WITH TIME ZONE,
    first_feedback_at   TIMESTAMP WITH TIME ZONE,
    resolved_at         TIMESTAMP WITH TIME ZONE,
    closure_agreed_with VARCHAR(200),
    closure_channel     VARCHAR(32),
    closed_at           TIMESTAMP WITH TIME ZONE,
    closed_by           VARCHAR(64),
    last_modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified_by    VARCHAR(64)              NOT NULL,
    reopen_count        INTEGER                  NOT NULL,
    CONSTRAINT pk_service_ticket PRIMARY KEY (id),
    CONSTRAINT uk_service_ticket_number UNIQUE (number),
    CONSTRAINT fk_service_ticket_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_service_ticket_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    CONSTRAINT ck_service_ticket_channel CHECK (channel IN ('PHONE', 'EMAIL', 'CHAT', 'REMOTE_ASSISTANCE', 'WEB')),
    CONSTRAINT ck_service_ticket_kind CHECK (kind IN ('SOFTWARE_NEW_REQUEST', 'SOFTWARE_BUG', 'HARDWARE')),
    CONSTRAINT ck_service_ticket_severity CHECK (severity IN ('HIGH', 'AVERAGE', 'LOW', 'SECONDARY')),
    CONSTRAINT ck_service_ticket_state CHECK (state IN
        ('NEW', 'TAKEN_IN_CHARGE', 'IN_PROGRAMMING', 'AWAITING_VERIFICATION', 'VERIFIED', 'CLOSED')),
    CONSTRAINT ck_service_ticket_closure_channel CHECK (closure_channel IN
        ('PHONE', 'EMAIL', 'CHAT', 'REMOTE_ASSISTANCE', 'WEB')),
    -- A closed ticket says when, by whom and with whom the closure was agreed; any other has no closure.
    CONSTRAINT ck_service_ticket_closure CHECK (
        (state = 'CLOSED' AND closed_at IS NOT NULL AND closed_by IS NOT NULL
            AND closure_agreed_with IS NOT NULL AND closure_channel IS NOT NULL)
        OR (state <> 'CLOSED' AND closed_at IS NULL AND closed_by IS NULL
            AND closure_agreed_with IS NULL AND closure_channel IS NULL)),
    CONSTRAINT ck_service_ticket_reopen_count CHECK (reopen_count >= 0)
);

-- Customer history and the monthly report: a customer's tickets by opening time.
CREATE INDEX ix_service_ticket_customer ON service_ticket (customer_id, opened_at, id);
-- Queues by state.
CREATE INDEX ix_service_ticket_state ON service_ticket (state, id);
-- "My tickets": an operator's tickets by state.
CREATE INDEX ix_service_ticket_operator ON service_ticket (assigned_operator, state);
-- Reports of calls broken down by severity over a period.
CREATE INDEX ix_service_ticket_severity ON service_ticket (severity, opened_at);
-- Keyset paging of the newest tickets first (ORDER BY opened_at DESC, id DESC reads this index backwards).
CREATE INDEX ix_service_ticket_opened ON service_ticket (opened_at, id);

CREATE TABLE programming_ticket (
    id                  BIGINT                   NOT NULL,
    version             BIGINT                   NOT NULL,
    number              VARCHAR(20)              NOT NULL,
    urgency             VARCHAR(16)              NOT NULL,
    title               VARCHAR(200)             NOT NULL,
    description         VARCHAR(4000)            NOT NULL,
    state               VARCHAR(32)              NOT NULL,
    assigned_programmer VARCHAR(64),
    planned_date        DATE,
    planned_release     VARCHAR(64),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by           VARCHAR(64)              NOT NULL,
    fix_ready_at        TIMESTAMP WITH TIME ZONE,
    update_version      VARCHAR(64),
    update_sent_on      DATE,
    update_means        VARCHAR(200),
    closed_at           TIMESTAMP WITH TIME ZONE,
    last_modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified_by    VARCHAR(64)              NOT NULL,
    reopen_count        INTEGER                  NOT NULL,
    CONSTRAINT pk_programming_ticket PRIMARY KEY (id),
    CONSTRAINT uk_programming_ticket_number UNIQUE (number),
    CONSTRAINT ck_programming_ticket_urgency CHECK (urgency IN ('HIGH', 'AVERAGE', 'LOW', 'SECONDARY')),
    CONSTRAINT ck_programming_ticket_state CHECK (state IN
        ('OPEN', 'SCHEDULED', 'IN_PROGRESS', 'FIX_READY', 'CLOSED')),
    -- A blocking (High) ticket is never scheduled: programmers start on it at once.
    CONSTRAINT ck_programming_ticket_high_not_scheduled CHECK (urgency <> 'HIGH' OR state <> 'SCHEDULED'),
    CONSTRAINT ck_programming_ticket_reopen_count CHECK (reopen_count >= 0)
);

CREATE INDEX ix_programming_ticket_state ON programming_ticket (state, id);
CREATE INDEX ix_programming_ticket_programmer ON programming_ticket (assigned_programmer, state);

-- Which programming tickets serve which service tickets; the primary key serves the service ticket side.
CREATE TABLE ticket_link (
    service_ticket_id     BIGINT NOT NULL,
    programming_ticket_id BIGINT NOT NULL,
    CONSTRAINT pk_ticket_link PRIMARY KEY (service_ticket_id, programming_ticket_id),
    CONSTRAINT fk_ticket_link_service FOREIGN KEY (service_ticket_id) REFERENCES service_ticket (id),
    CONSTRAINT fk_ticket_link_programming FOREIGN KEY (programming_ticket_id) REFERENCES programming_ticket (id)
);

CREATE INDEX ix_ticket_link_programming ON ticket_link (programming_ticket_id, service_ticket_id);

CREATE TABLE ticket_comment (
    id                    BIGINT                   NOT NULL,
    service_ticket_id     BIGINT,
    programming_ticket_id BIGINT,
    visibility            VARCHAR(16)              NOT NULL,
    text                  VARCHAR(4000)            NOT NULL,
    author                VARCHAR(64)              NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ticket_comment PRIMARY KEY (id),
    CONSTRAINT fk_ticket_comment_service FOREIGN KEY (service_ticket_id) REFERENCES service_ticket (id),
    CONSTRAINT fk_ticket_comment_programming FOREIGN KEY (programming_ticket_id) REFERENCES programming_ticket (id),
    CONSTRAINT ck_ticket_comment_one_ticket CHECK (
        (service_ticket_id IS NOT NULL AND programming_ticket_id IS NULL)
        OR (service_ticket_id IS NULL AND programming_ticket_id IS NOT NULL)),
    CONSTRAINT ck_ticket_comment_visibility CHECK (visibility IN ('INTERNAL', 'CUSTOMER')),
    -- Programming tickets take internal notes only.
    CONSTRAINT ck_ticket_comment_programming_internal CHECK (programming_ticket_id IS NULL OR visibility = 'INTERNAL')
);

CREATE INDEX ix_ticket_comment_service ON ticket_comment (service_ticket_id, created_at);
CREATE INDEX ix_ticket_comment_programming ON ticket_comment (programming_ticket_id, created_at);

CREATE TABLE time_entry (
    id                    BIGINT                   NOT NULL,
    service_ticket_id     BIGINT,
    programming_ticket_id BIGINT,
    staff_username        VARCHAR(64)              NOT NULL,
    work_date             DATE                     NOT NULL,
    minutes               INTEGER                  NOT NULL,
    activity              VARCHAR(500)             NOT NULL,
    level                 VARCHAR(16)              NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by           VARCHAR(64)              NOT NULL,
    reverses_id           BIGINT,
    CONSTRAINT pk_time_entry PRIMARY KEY (id),
    CONSTRAINT fk_time_entry_service FOREIGN KEY (service_ticket_id) REFERENCES service_ticket (id),
    CONSTRAINT fk_time_entry_programming FOREIGN KEY (programming_ticket_id) REFERENCES programming_ticket (id),
    CONSTRAINT fk_time_entry_reverses FOREIGN KEY (reverses_id) REFERENCES time_entry (id),
    -- An entry is reversed at most once (NULLs, the entries that reverse nothing, do not collide).
    CONSTRAINT uk_time_entry_reverses UNIQUE (reverses_id),
    CONSTRAINT ck_time_entry_one_ticket CHECK (
        (service_ticket_id IS NOT NULL AND programming_ticket_id IS NULL)
        OR (service_ticket_id IS NULL AND programming_ticket_id IS NOT NULL)),
    CONSTRAINT ck_time_entry_level CHECK (level IN ('HELP_DESK', 'PROGRAMMING')),
    -- Time is positive; only a reversal carries negative minutes.
    CONSTRAINT ck_time_entry_minutes CHECK (
        (reverses_id IS NULL AND minutes > 0) OR (reverses_id IS NOT NULL AND minutes < 0))
);

CREATE INDEX ix_time_entry_service ON time_entry (service_ticket_id);
CREATE INDEX ix_time_entry_programming ON time_entry (programming_ticket_id);
CREATE INDEX ix_time_entry_work_date ON time_entry (work_date);

-- A ticket's history. No foreign key: ticket_id points at service_ticket or programming_ticket by ticket_type.
CREATE TABLE audit_event (
    id            BIGINT                   NOT NULL,
    ticket_type   VARCHAR(16)              NOT NULL,
    ticket_id     BIGINT                   NOT NULL,
    ticket_number VARCHAR(20)              NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64)              NOT NULL,
    field         VARCHAR(32)              NOT NULL,
    old_value     VARCHAR(4000),
    new_value     VARCHAR(4000),
    note          VARCHAR(4000),
    CONSTRAINT pk_audit_event PRIMARY KEY (id),
    CONSTRAINT ck_audit_event_ticket_type CHECK (ticket_type IN ('SERVICE', 'PROGRAMMING'))
);

CREATE INDEX ix_audit_event_ticket ON audit_event (ticket_type, ticket_id, at, id);

CREATE TABLE milestone_target (
    severity               VARCHAR(16) NOT NULL,
    version                BIGINT      NOT NULL,
    taking_charge_minutes  INTEGER     NOT NULL,
    first_feedback_minutes INTEGER     NOT NULL,
    resolution_minutes     INTEGER     NOT NULL,
    CONSTRAINT pk_milestone_target PRIMARY KEY (severity),
    CONSTRAINT ck_milestone_target_severity CHECK (severity IN ('HIGH', 'AVERAGE', 'LOW', 'SECONDARY')),
    CONSTRAINT ck_milestone_target_positive CHECK (taking_charge_minutes > 0),
    CONSTRAINT ck_milestone_target_order CHECK (
        first_feedback_minutes >= taking_charge_minutes AND resolution_minutes >= first_feedback_minutes)
);

-- The same values as MilestoneTargets.defaults(severity), in minutes.
INSERT INTO milestone_target (severity, version, taking_charge_minutes, first_feedback_minutes, resolution_minutes)
VALUES ('HIGH', 0, 30, 60, 480),
       ('AVERAGE', 0, 120, 240, 4320),
       ('LOW', 0, 480, 1440, 14400),
       ('SECONDARY', 0, 1440, 2880, 43200);

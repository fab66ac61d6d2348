-- Closed months: no time entry may be added, reversed or changed with a work date in a closed month, so the
-- hours-spent statement of a closed month is the same whenever it is pulled. A month is 'YYYY-MM' (MONTH is a reserved word in H2).
CREATE TABLE month_close (
    closed_month VARCHAR(7)             NOT NULL,
    closed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_by  VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_month_close PRIMARY KEY (closed_month),
    CONSTRAINT ck_month_close_month CHECK (closed_month LIKE '____-__')
);

-- Every hours-spent statement produced gets a number from this sequence (HS-2026-000123), and a row here.
CREATE SEQUENCE hours_statement_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE hours_statement (
    id           BIGINT                   NOT NULL,
    number       VARCHAR(20)              NOT NULL,
    produced_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    produced_by  VARCHAR(64)              NOT NULL,
    period_from  DATE                     NOT NULL,
    period_to    DATE                     NOT NULL,
    customer     VARCHAR(32),
    staff        VARCHAR(64),
    ticket       VARCHAR(20),
    format       VARCHAR(8)               NOT NULL,
    CONSTRAINT pk_hours_statement PRIMARY KEY (id),
    CONSTRAINT uk_hours_statement_number UNIQUE (number),
    CONSTRAINT ck_hours_statement_period CHECK (period_from <= period_to)
);

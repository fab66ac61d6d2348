-- The help desk's calendar as the administrator sets it: the working hours of each weekday, the days the help desk is
-- closed besides Italy's national holidays (those are computed, never stored), and the journal of every change.

-- The working week: one row, in the text form of WorkingWeek ("MON 09:00-13:00 14:00-18:00; TUE ..."). version
-- moves with each change of the hours: a change made on an older copy is refused naming changed_by and changed_at.
-- revision moves with each change of the closed days: together they tell every server, from this one row read from
-- the second-level cache, whether the calendar it built is still the one in force.
CREATE TABLE calendar_week (
    id            BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    revision      BIGINT        DEFAULT 0  NOT NULL,
    working_hours VARCHAR(1000)            NOT NULL,
    changed_by    VARCHAR(64),
    changed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_calendar_week PRIMARY KEY (id),
    CONSTRAINT ck_calendar_week_one_row CHECK (id = 1)
);

-- The same hours as WorkingWeek.DEFAULT: Monday to Friday, 09:00-13:00 and 14:00-18:00.
INSERT INTO calendar_week (id, version, revision, working_hours)
VALUES (1, 0, 0, 'MON 09:00-13:00 14:00-18:00; TUE 09:00-13:00 14:00-18:00; WED 09:00-13:00 14:00-18:00;'
    || ' THU 09:00-13:00 14:00-18:00; FRI 09:00-13:00 14:00-18:00');

-- Closed days: a local holiday (the patron saint's day) or a company closure, from first_day to last_day, both
-- included. The same days are never closed twice (whatever the name): a calendar file imported again adds nothing.
CREATE SEQUENCE calendar_closure_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE calendar_closure (
    id        BIGINT                   NOT NULL,
    first_day DATE                     NOT NULL,
    last_day  DATE                     NOT NULL,
    name      VARCHAR(200)             NOT NULL,
    added_by  VARCHAR(64)              NOT NULL,
    added_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_calendar_closure PRIMARY KEY (id),
    CONSTRAINT uq_calendar_closure_days UNIQUE (first_day, last_day),
    CONSTRAINT ck_calendar_closure_order CHECK (last_day >= first_day)
);

-- Every change of the working week and every closed days added or removed: who, when, the value before and after.
CREATE SEQUENCE calendar_change_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE calendar_change (
    id         BIGINT                   NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(64)              NOT NULL,
    kind       VARCHAR(32)              NOT NULL,
    old_value  VARCHAR(1000),
    new_value  VARCHAR(1000),
    CONSTRAINT pk_calendar_change PRIMARY KEY (id),
    CONSTRAINT ck_calendar_change_kind
        CHECK (kind IN ('WORKING_WEEK', 'CLOSED_DAYS_ADDED', 'CLOSED_DAYS_IMPORTED', 'CLOSED_DAYS_REMOVED'))
);
CREATE INDEX ix_calendar_change_at ON calendar_change (changed_at);

-- Satisfaction questionnaires: one per closure of a service ticket. The links' tokens are never stored, only their
-- SHA-256 (hex): the one in the closure mail, and the one in the reminder (a new token, since the first cannot be
-- read back; either link opens the same questionnaire). Customer, operator, severity and kind are copied at closure, so the results group by what the
-- ticket was when the customer was asked. Scores are 1 to 5, all five or none.
CREATE SEQUENCE satisfaction_survey_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE satisfaction_survey (
    id                    BIGINT                   NOT NULL,
    version               BIGINT                   NOT NULL,
    service_ticket_id     BIGINT                   NOT NULL,
    customer_id           BIGINT                   NOT NULL,
    operator              VARCHAR(64),
    severity              VARCHAR(16)              NOT NULL,
    kind                  VARCHAR(32)              NOT NULL,
    recipient             VARCHAR(320)             NOT NULL,
    language              VARCHAR(8)               NOT NULL,
    token_hash            VARCHAR(64)              NOT NULL,
    reminder_token_hash   VARCHAR(64),
    sent_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    reminded_at           TIMESTAMP WITH TIME ZONE,
    answered_at           TIMESTAMP WITH TIME ZONE,
    voided_at             TIMESTAMP WITH TIME ZONE,
    score_taking_charge   SMALLINT,
    score_competence      SMALLINT,
    score_communication   SMALLINT,
    score_solution        SMALLINT,
    score_overall         SMALLINT,
    answer_comment        VARCHAR(2000),
    CONSTRAINT pk_satisfaction_survey PRIMARY KEY (id),
    CONSTRAINT uk_satisfaction_survey_token UNIQUE (token_hash),
    CONSTRAINT uk_satisfaction_survey_reminder_token UNIQUE (reminder_token_hash),
    CONSTRAINT fk_satisfaction_survey_ticket FOREIGN KEY (service_ticket_id) REFERENCES service_ticket (id),
    CONSTRAINT fk_satisfaction_survey_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT ck_satisfaction_survey_scores CHECK (
        (answered_at IS NULL AND score_overall IS NULL)
        OR (answered_at IS NOT NULL
            AND score_taking_charge BETWEEN 1 AND 5 AND score_competence BETWEEN 1 AND 5
            AND score_communication BETWEEN 1 AND 5 AND score_solution BETWEEN 1 AND 5
            AND score_overall BETWEEN 1 AND 5))
);

CREATE INDEX ix_satisfaction_survey_ticket ON satisfaction_survey (service_ticket_id);
CREATE INDEX ix_satisfaction_survey_sent ON satisfaction_survey (sent_at);

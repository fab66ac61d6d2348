-- What a POST that creates something answered, kept under the Idempotency-Key its client sent, so that the same
-- request sent again (after a timeout, a 503, a lost answer) gets the same answer instead of creating twice. Written
-- in the same transaction as what the request created: the row exists if and only if that committed.
CREATE TABLE idempotency_key (
    username    VARCHAR(64)              NOT NULL,
    request_key VARCHAR(200)             NOT NULL,
    fingerprint VARCHAR(64)              NOT NULL,
    status      INTEGER                  NOT NULL,
    location    VARCHAR(2000),
    body        VARCHAR(100000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (username, request_key)
);

CREATE INDEX ix_idempotency_key_created ON idempotency_key (created_at);

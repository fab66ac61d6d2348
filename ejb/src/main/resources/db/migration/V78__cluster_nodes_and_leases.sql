-- The servers of the help desk (one, or the nodes of a cluster) and the work only one of them may do at a time.
--
-- cluster_node: every server writes its row when it starts and every ten seconds after that (seen_at); the servers
-- seen in the last 30 seconds are the members the health check and the administrator's screen show.
CREATE TABLE cluster_node (
    name       VARCHAR(100)             NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_node PRIMARY KEY (name)
);

-- cluster_lease: a piece of continuous work (the outbox sweep, the clock replay, the milestone warnings, a running monthly
-- report run; the mailbox readers have their own, mailbox_lease) and the server that does it until expires_at. The holder renews its leases
-- every ten seconds; a lease not renewed for 30 seconds (its server is gone) is taken by the next server that asks.
CREATE TABLE cluster_lease (
    name        VARCHAR(100)             NOT NULL,
    holder      VARCHAR(100)             NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_lease PRIMARY KEY (name)
);

INSERT INTO cluster_lease (name, holder, acquired_at, expires_at) VALUES
    ('outbox-sweep', '', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('clock-refresh', '', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00'),
    ('milestone-warnings', '', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00', TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00:00');

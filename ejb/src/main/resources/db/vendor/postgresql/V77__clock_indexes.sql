-- PostgreSQL only (partial indexes). The clocks kept on each ticket (V75) are read by background work and by the
-- home queues; each reads a few rows of a small index instead of the open tickets' rows:
-- the tickets whose clocks wait to be replayed (ClockRefresh: all of them once after V75, then a few),
CREATE INDEX ix_service_ticket_clocks_stale ON service_ticket (id) WHERE clocks_stale;
-- the warnings due (MilestoneWarnings, every 30 s),
CREATE INDEX ix_service_ticket_next_warning ON service_ticket (next_warning_at)
    WHERE next_warning_at IS NOT NULL AND state <> 'CLOSED';
-- and the breached and soon-due queues (the list's due filter and the home's counts).
CREATE INDEX ix_service_ticket_next_due ON service_ticket (next_due_at, next_due_warn_at)
    WHERE next_due_at IS NOT NULL AND state <> 'CLOSED';

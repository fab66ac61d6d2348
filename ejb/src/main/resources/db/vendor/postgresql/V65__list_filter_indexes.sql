-- PostgreSQL only (H2 has no partial indexes nor indexes on expressions; its lists are small).
-- Every filter of the ticket list (customer, state, severity, kind, channel, assignee, period, open, unassigned)
-- and every order (opened, last change, severity, state, customer; ties by opening time, then id) read one of the
-- indexes below in the order of the list and stop after a page: TicketRepository.serviceTickets words each list
-- for them. Measured at 1,000,000 tickets with the screen benchmark (README, "Benchmark").
--
-- Each index leads with a sort value, then the opening time and the id (the tie-breaks), then the columns the
-- filters compare: PostgreSQL checks those in the index entry and reads a ticket's row only when it matches, so a
-- filter that keeps one ticket in a hundred costs a few hundred index entries per page, not a hundred rows read
-- in vain. They replace the narrower indexes of V2, V40 and V41 on the same sort values.
DROP INDEX ix_service_ticket_opened;
DROP INDEX ix_service_ticket_last_change;
DROP INDEX ix_service_ticket_severity_rank;
DROP INDEX ix_service_ticket_state_rank;
DROP INDEX ix_service_ticket_customer;
CREATE INDEX ix_service_ticket_opened ON service_ticket (opened_at, id,
    state, severity, kind, channel, assigned_operator);
CREATE INDEX ix_service_ticket_last_change ON service_ticket (last_modified_at, opened_at, id,
    state, severity, kind, channel, assigned_operator);
-- The ranks are exactly TicketRepository.SORT_KEYS's expressions. A list sorted by severity or state names the
-- ranks it wants (rank IN (…)): PostgreSQL then reads each rank's stretch in turn, from the opening time a period
-- filter starts at, instead of every ticket of the rank before it.
CREATE INDEX ix_service_ticket_severity_rank ON service_ticket (
    (CASE severity WHEN 'HIGH' THEN 0 WHEN 'AVERAGE' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END), opened_at, id,
    state, kind, channel, assigned_operator);
CREATE INDEX ix_service_ticket_state_rank ON service_ticket (
    (CASE state WHEN 'NEW' THEN 0 WHEN 'TAKEN_IN_CHARGE' THEN 1 WHEN 'IN_PROGRAMMING' THEN 2
        WHEN 'AWAITING_VERIFICATION' THEN 3 WHEN 'VERIFIED' THEN 4 ELSE 5 END), opened_at, id,
    severity, kind, channel, assigned_operator);
-- A customer's tickets by opening time (the list, the customer history, the monthly report); sorted by customer,
-- each customer's in turn along the customer index by code.
CREATE INDEX ix_service_ticket_customer ON service_ticket (customer_id, opened_at, id,
    state, severity, kind, channel, assigned_operator);

-- The open tickets (about one in nine after a year) in each order but state (sorted by state, the open ones are
-- the ranks before Closed of the index above): the list's open filter, and the unassigned tickets (New, V64).
-- A filter on the open tickets then keeps one in ten or so of these entries, not one in a hundred of all.
CREATE INDEX ix_service_ticket_open_opened ON service_ticket (opened_at, id,
    state, severity, kind, channel, assigned_operator) WHERE state <> 'CLOSED';
CREATE INDEX ix_service_ticket_open_last_change ON service_ticket (last_modified_at, opened_at, id,
    state, severity, kind, channel, assigned_operator) WHERE state <> 'CLOSED';
CREATE INDEX ix_service_ticket_open_severity_rank ON service_ticket (
    (CASE severity WHEN 'HIGH' THEN 0 WHEN 'AVERAGE' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END), opened_at, id,
    state, kind, channel, assigned_operator) WHERE state <> 'CLOSED';
CREATE INDEX ix_service_ticket_open_customer ON service_ticket (customer_id, opened_at, id,
    state, severity, kind, channel, assigned_operator) WHERE state <> 'CLOSED';

-- State and operator are not independent: New tickets have none, the others one. Without this PostgreSQL takes
-- "Verified and Anna's" for a hundredth of what it is, and sorts them all rather than read them in order.
CREATE STATISTICS st_service_ticket_state_operator (mcv) ON state, assigned_operator FROM service_ticket;
ANALYZE service_ticket;

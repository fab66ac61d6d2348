-- PostgreSQL only (H2 has no indexes on expressions; its lists are small).
-- Severity (High first) and state (in the order of the process) sort by rank, not by name: these expressions are
-- exactly the ones TicketRepository.SORT_KEYS orders by, so the keyset condition (rank, id) > (…, …) is an index
-- range and each page reads only its own rows.
CREATE INDEX ix_service_ticket_severity_rank ON service_ticket (
    (CASE severity WHEN 'HIGH' THEN 0 WHEN 'AVERAGE' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END), id);
CREATE INDEX ix_service_ticket_state_rank ON service_ticket (
    (CASE state WHEN 'NEW' THEN 0 WHEN 'TAKEN_IN_CHARGE' THEN 1 WHEN 'IN_PROGRAMMING' THEN 2
        WHEN 'AWAITING_VERIFICATION' THEN 3 WHEN 'VERIFIED' THEN 4 ELSE 5 END), id);

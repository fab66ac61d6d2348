-- PostgreSQL only (H2 has no INCLUDE). The monthly report sums a customer's hours by ticket and, for the month, by
-- level: both go from the customer's tickets to their time entries. This index answers them from the index alone
-- and replaces the index on the ticket (its first column is the ticket, so it serves every lookup that one did).
-- It also keeps PostgreSQL on that path when it plans the query once for any month: with the old index it could
-- prefer to read every time entry of the month and keep the customer's.
CREATE INDEX ix_time_entry_service_day ON time_entry (service_ticket_id, work_date) INCLUDE (level, minutes);
DROP INDEX ix_time_entry_service;

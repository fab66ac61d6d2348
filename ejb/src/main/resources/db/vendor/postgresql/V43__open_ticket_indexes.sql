-- PostgreSQL only (H2 has no partial indexes). The home screen counts the open tickets of an operator, the
-- unassigned ones and the open High ones on every visit: these indexes hold the open tickets alone (about one in
-- ten after a year), so each count reads a few thousand index entries instead of every ticket of the operator or
-- of the severity (the id is in them because Hibernate counts ids).
CREATE INDEX ix_service_ticket_open_operator ON service_ticket (assigned_operator, id) WHERE state <> 'CLOSED';
CREATE INDEX ix_service_ticket_open_severity ON service_ticket (severity, id) WHERE state <> 'CLOSED';

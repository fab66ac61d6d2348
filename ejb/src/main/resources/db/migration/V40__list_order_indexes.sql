-- Sorting the ticket list: every order is keyset-paginated on (sort value, id), read forwards or backwards along
-- one of these indexes (the list by opening time has ix_service_ticket_opened since V2; by customer code, the
-- customer index by code leads and each customer's tickets come from ix_service_ticket_customer).
-- The last change, most recent or oldest first.
CREATE INDEX ix_service_ticket_last_change ON service_ticket (last_modified_at, id);

-- Sorting the ticket list: every order is keyset-paginated on (sort value, id), read forwards or backwards along
-- one of these indexes (the list by opening time has ix_service_ticket_opened since V2).
-- The last change, most recent or oldest first.
CREATE INDEX ix_service_ticket_last_change ON service_ticket (last_modified_at, id);
-- By customer code: the customer index by code (uk_customer_code), then each customer's tickets by id.
CREATE INDEX ix_service_ticket_customer_id ON service_ticket (customer_id, id);

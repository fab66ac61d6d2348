-- A ticket leaves New only by being taken in charge, which gives it an operator, and no step takes the operator
-- away again (ServiceTicket's table of allowed actions): a ticket without an operator is New. Said here too, so that
-- a faulty batch or a hand-written UPDATE cannot break it, and so that the list may read "unassigned" as "unassigned
-- among the open tickets" and use the indexes on open tickets (V65).
ALTER TABLE service_ticket ADD CONSTRAINT ck_service_ticket_unassigned_new
    CHECK (assigned_operator IS NOT NULL OR state = 'NEW');

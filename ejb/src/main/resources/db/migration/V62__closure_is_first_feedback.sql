-- Agreeing the closure with the customer is a contact with the customer: a ticket closed without any
-- customer-visible comment has its first feedback at the closure (ServiceTicket.agreeClosure from now on). Tickets
-- closed before get the same: the first closure in their history, which a reopening does not undo.
UPDATE service_ticket SET first_feedback_at = (
    SELECT MIN(a.at) FROM audit_event a
    WHERE a.ticket_type = 'SERVICE' AND a.ticket_id = service_ticket.id AND a.field = 'closure')
WHERE first_feedback_at IS NULL
  AND EXISTS (SELECT 1 FROM audit_event a
              WHERE a.ticket_type = 'SERVICE' AND a.ticket_id = service_ticket.id AND a.field = 'closure');

-- Each ticket keeps the minutes recorded on it, net of reversals, per level: the ticket updates them with every
-- time entry and reversal (ServiceTicket.logTime / reverse, ProgrammingTicket likewise), so the ticket itself checks
-- that a closure has hours, and showing a ticket needs no sum over its time entries.
ALTER TABLE service_ticket ADD COLUMN help_desk_minutes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE service_ticket ADD COLUMN programming_minutes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE programming_ticket ADD COLUMN help_desk_minutes BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE programming_ticket ADD COLUMN programming_minutes BIGINT DEFAULT 0 NOT NULL;

UPDATE service_ticket SET
    help_desk_minutes = COALESCE((SELECT SUM(e.minutes) FROM time_entry e
        WHERE e.service_ticket_id = service_ticket.id AND e.level <> 'PROGRAMMING'), 0),
    programming_minutes = COALESCE((SELECT SUM(e.minutes) FROM time_entry e
        WHERE e.service_ticket_id = service_ticket.id AND e.level = 'PROGRAMMING'), 0)
WHERE id IN (SELECT service_ticket_id FROM time_entry WHERE service_ticket_id IS NOT NULL);

UPDATE programming_ticket SET
    help_desk_minutes = COALESCE((SELECT SUM(e.minutes) FROM time_entry e
        WHERE e.programming_ticket_id = programming_ticket.id AND e.level <> 'PROGRAMMING'), 0),
    programming_minutes = COALESCE((SELECT SUM(e.minutes) FROM time_entry e
        WHERE e.programming_ticket_id = programming_ticket.id AND e.level = 'PROGRAMMING'), 0)
WHERE id IN (SELECT programming_ticket_id FROM time_entry WHERE programming_ticket_id IS NOT NULL);

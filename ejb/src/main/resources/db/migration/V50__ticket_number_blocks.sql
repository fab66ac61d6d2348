-- The human ticket numbers are handed out in blocks: one nextval gives a server the block that starts at the value
-- returned and is as long as the sequence's increment (org.helpdesk.infrastructure.persistence.NumberBlock), so that
-- opening a ticket does not cost a database round trip for its number. Values already given out stay below every
-- new block (the next nextval is at least the last value plus one). Numbers a server held when it stopped are never
-- used: gaps after a restart.
ALTER SEQUENCE service_ticket_number_seq INCREMENT BY 50;
ALTER SEQUENCE programming_ticket_number_seq INCREMENT BY 50;

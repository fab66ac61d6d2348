package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.T0;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicketIn;
import static org.helpdesk.domain.ticket.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void anEventCopiesTheChangeOfASavedTicket() {
        ServiceTicket ticket = withId(serviceTicketIn(ServiceTicketState.NEW), 12);
        ticket.takeCharge(OPERATOR, at(10));
        TicketChange stateChange = ticket.drainChanges().get(1);

        AuditEvent event = AuditEvent.of(ticket, stateChange);

        assertEquals("SERVICE", event.getTicketType());
        assertEquals(12, event.getTicketId());
        assertEquals("HD-2026-000001", event.getTicketNumber());
        assertEquals(AuditField.STATE, event.getField());
        assertEquals("NEW", event.getOldValue());
        assertEquals("TAKEN_IN_CHARGE", event.getNewValue());
        assertEquals(OPERATOR, event.getActor());
        assertEquals(at(10), event.getAt());
        assertNull(event.getNote());
    }

    @Test
    void longValuesAreCutToTheColumnWithAnEllipsis() {
        String description = "x".repeat(5000);

        AuditEvent event = AuditEvent.of("PROGRAMMING", 3, "PR-2026-000003",
                new TicketChange(AuditField.DESCRIPTION, description, "short", OPERATOR, T0, null));

        assertEquals(4000, event.getOldValue().length());
        assertTrue(event.getOldValue().endsWith("x…"));
        assertEquals("short", event.getNewValue());
    }

    @Test
    void theHistoryOfAnUnsavedTicketIsRefused() {
        ServiceTicket unsaved = serviceTicketIn(ServiceTicketState.NEW);
        TicketChange change = new TicketChange(AuditField.STATE, null, "NEW", OPERATOR, T0, null);

        assertThrows(IllegalStateException.class, () -> AuditEvent.of(unsaved, change));
        assertThrows(IllegalArgumentException.class, () -> AuditEvent.of("OTHER", 1, "HD-2026-000001", change));
    }
}

package org.helpdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.helpdesk.application.TicketOrder;
import org.helpdesk.application.UnreadableValueException;
import org.junit.jupiter.api.Test;

class ListPositionTest {

    @Test
    void everyKindOfSortValueSurvivesTheRoundTrip() {
        for (ListPosition position : new ListPosition[] {
            new ListPosition(TicketOrder.parse("-opened"), Instant.parse("2026-03-01T10:15:30.123456Z"), 42),
            new ListPosition(TicketOrder.parse("changed"), Instant.parse("2026-03-01T10:15:30Z"), 7),
            new ListPosition(TicketOrder.parse("severity"), 2, 1_000_000),
            new ListPosition(TicketOrder.parse("-state"), 5, 3),
            new ListPosition(TicketOrder.parse("customer"), "ROSSI|SPA", 9)}) {
            assertEquals(position, ListPosition.decode(position.encode(), position.order()));
        }
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String severity = new ListPosition(TicketOrder.parse("severity"), 1, 10).encode();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ListPosition.decode(severity, TicketOrder.parse("-severity")));
        assertTrue(e.getMessage().contains("another order"), e.getMessage());
    }

    @Test
    void garbageIsRefusedWithAMessage() {
        for (String garbage : new String[] {"%%%", "bm8tc2VwYXJhdG9y", new ListPosition(TicketOrder.parse("severity"),
                "high", 1).encode()}) {
            UnreadableValueException e = assertThrows(UnreadableValueException.class,
                    () -> ListPosition.decode(garbage, TicketOrder.parse("severity")));
            assertEquals("'after' must be the 'next' value of the previous page, not '" + garbage + "'.",
                    e.getMessage());
        }
    }
}

package org.helpdesk.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.UnreadableValueException;
import org.junit.jupiter.api.Test;

class ListPositionTest {

    @Test
    void everyKindOfSortValueSurvivesTheRoundTrip() {
        Instant opened = Instant.parse("2026-02-27T08:00:00.000001Z");
        for (ListPosition position : new ListPosition[] {
            new ListPosition(TicketOrder.parse("-opened"), Instant.parse("2026-03-01T10:15:30.123456Z"),
                    Instant.parse("2026-03-01T10:15:30.123456Z"), 42),
            new ListPosition(TicketOrder.parse("changed"), Instant.parse("2026-03-01T10:15:30Z"), opened, 7),
            new ListPosition(TicketOrder.parse("severity"), 2, opened, 1_000_000),
            new ListPosition(TicketOrder.parse("-state"), 5, opened, 3),
            new ListPosition(TicketOrder.parse("customer"), "ROSSI|SPA", opened, 9)}) {
            assertEquals(position, ListPosition.decode(position.encode(), position.order()));
        }
    }

    @Test
    void aCursorOfAnotherOrderIsRefused() {
        String severity = new ListPosition(TicketOrder.parse("severity"), 1, Instant.EPOCH, 10).encode();

        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ListPosition.decode(severity, TicketOrder.parse("-severity")));
        assertTrue(e.getMessage().contains("another order"), e.getMessage());
    }

    @Test
    void garbageIsRefusedWithAMessage() {
        for (String garbage : new String[] {"%%%", "bm8tc2VwYXJhdG9y", new ListPosition(TicketOrder.parse("severity"),
                "high", Instant.EPOCH, 1).encode(), oldCursor("severity|1|10")}) {
            UnreadableValueException e = assertThrows(UnreadableValueException.class,
                    () -> ListPosition.decode(garbage, TicketOrder.parse("severity")));
            assertEquals("'after' must be the 'next' value of the previous page, not '" + garbage + "'.",
                    e.getMessage());
        }
    }

    /** A cursor as the list wrote them before ties were ordered by opening time: value and id only. */
    private static String oldCursor(String raw) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

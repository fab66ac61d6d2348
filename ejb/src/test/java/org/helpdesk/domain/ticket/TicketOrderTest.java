package org.helpdesk.domain.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpdesk.domain.shared.UnreadableValueException;
import org.helpdesk.domain.ticket.TicketOrder.Column;
import org.junit.jupiter.api.Test;

class TicketOrderTest {

    @Test
    void aLeadingMinusSortsDescending() {
        assertEquals(new TicketOrder(Column.SEVERITY, false), TicketOrder.parse("severity"));
        assertEquals(new TicketOrder(Column.LAST_CHANGE, true), TicketOrder.parse("-changed"));
        assertEquals(new TicketOrder(Column.CUSTOMER, false), TicketOrder.parse(" Customer "));
    }

    @Test
    void noSortIsNewestFirst() {
        assertEquals(TicketOrder.NEWEST_FIRST, TicketOrder.parse(null));
        assertEquals(TicketOrder.NEWEST_FIRST, TicketOrder.parse(" "));
        assertEquals("-opened", TicketOrder.NEWEST_FIRST.param());
    }

    @Test
    void anUnknownColumnIsRefusedNamingTheKnownOnes() {
        UnreadableValueException e = assertThrows(UnreadableValueException.class, () -> TicketOrder.parse("priority"));
        assertTrue(e.getMessage().startsWith("'sort' must be one of opened, changed, severity, state, customer"),
                e.getMessage());
        assertThrows(UnreadableValueException.class, () -> TicketOrder.parse("--state"));
    }

    @Test
    void reversedTurnsTheDirectionAndParamReadsBack() {
        for (Column column : Column.values()) {
            TicketOrder order = new TicketOrder(column, false);
            assertEquals(order, TicketOrder.parse(order.param()));
            assertEquals(order.reversed(), TicketOrder.parse(order.reversed().param()));
            assertEquals(order, order.reversed().reversed());
        }
    }
}

package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicketIn;
import static org.helpdesk.domain.ticket.Fixtures.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helpdesk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class TimeEntryTest {

    @Test
    void aReversalCancelsTheEntryOnTheSameTicketDayAndLevel() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        TimeEntry entry = withId(ticket.logTime(DAY, 90, "Remote session", WorkLevel.HELP_DESK, OPERATOR, at(20)), 41);

        TimeEntry reversal = entry.reversal("Logged on the wrong ticket", "marta", at(30));

        assertTrue(reversal.isReversal());
        assertFalse(entry.isReversal());
        assertSame(entry, reversal.getReverses());
        assertSame(ticket, reversal.getServiceTicket());
        assertEquals(-90, reversal.getMinutes());
        assertEquals(DAY, reversal.getWorkDate());
        assertEquals(WorkLevel.HELP_DESK, reversal.getLevel());
        assertEquals(OPERATOR, reversal.getStaffUsername(), "the time was the operator's");
        assertEquals("marta", reversal.getRecordedBy());
        assertEquals(at(30), reversal.getRecordedAt());
        assertEquals("Reversal of entry #41: Logged on the wrong ticket", reversal.getActivity());
    }

    @Test
    void aReversalIsNotReversed() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        TimeEntry entry = withId(ticket.logTime(DAY, 90, "Remote session", WorkLevel.HELP_DESK, OPERATOR, at(20)), 41);
        TimeEntry reversal = withId(entry.reversal("Wrong ticket", OPERATOR, at(30)), 42);

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> reversal.reversal("Undo", OPERATOR, at(40)));

        assertEquals("Entry #42 is a reversal and cannot be reversed: record the time again as a new entry.",
                refused.getMessage());
    }

    @Test
    void timeOfAClosedTicketIsCorrectedOnlyAfterReopeningIt() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.VERIFIED);
        TimeEntry entry = withId(ticket.logTime(DAY, 30, "Call", WorkLevel.HELP_DESK, OPERATOR, at(45)), 7);
        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 30, DAY, OPERATOR, at(50));

        assertThrows(IllegalTransitionException.class, () -> entry.reversal("Too much", OPERATOR, at(60)));

        ticket.reopen("Hours to correct", OPERATOR, at(70));
        assertEquals(-30, entry.reversal("Too much", OPERATOR, at(80)).getMinutes());
    }

    @Test
    void anUnsavedEntryIsNotReversed() {
        TimeEntry entry = serviceTicketIn(ServiceTicketState.NEW)
                .logTime(DAY, 30, "Call", WorkLevel.HELP_DESK, OPERATOR, at(5));

        assertThrows(IllegalStateException.class, () -> entry.reversal("Wrong", OPERATOR, at(10)));
    }

    @Test
    void programmingTimeIsReversedOnTheProgrammingTicket() {
        ProgrammingTicket pt = Fixtures.programmingTicketIn(ProgrammingTicketState.IN_PROGRESS);
        TimeEntry entry = withId(pt.logTime(DAY, 120, "Fix", WorkLevel.PROGRAMMING, "paolo", at(30)), 3);

        TimeEntry reversal = entry.reversal("Duplicate", "paolo", at(40));

        assertSame(pt, reversal.getProgrammingTicket());
        assertEquals(-120, reversal.getMinutes());
    }

    @Test
    void oneEntryCoversAtMostADay() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> ticket.logTime(DAY, 1441, "Marathon", WorkLevel.HELP_DESK, OPERATOR, at(20)));

        assertEquals("One entry can be at most 1440 minutes (24 hours), not 1441.", refused.getMessage());
    }
}

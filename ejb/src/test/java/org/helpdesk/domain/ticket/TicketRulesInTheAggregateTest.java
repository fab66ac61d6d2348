package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.programmingTicket;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicketIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules a ticket now enforces in one call: its own hours, reversals, the failed fix and the closure's hours. */
class TicketRulesInTheAggregateTest {

    @Test
    void aTicketKeepsItsMinutesPerLevelNetOfReversals() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        TimeEntry call = Fixtures.withId(ticket.logTime(DAY, 30, "Call", WorkLevel.HELP_DESK, OPERATOR, at(20)), 7);
        ticket.logTime(DAY, 15, "Analysis", WorkLevel.PROGRAMMING, OPERATOR, at(21));
        assertEquals(new Hours(30, 15), ticket.hours());
        ticket.drainChanges();

        TimeEntry reversal = ticket.reverse(call, false, "Logged on the wrong ticket", OPERATOR, at(22), DAY);

        assertEquals(-30, reversal.getMinutes());
        assertSame(call, reversal.getReverses());
        assertEquals(new Hours(0, 15), ticket.hours());
        assertEquals(List.of(new TicketChange(AuditField.TIME, "30", "-30", OPERATOR, at(22),
                reversal.getActivity())), ticket.drainChanges());
    }

    @Test
    void anEntryIsReversedOnceAndOnlyByItsOwnTicket() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        TimeEntry call = Fixtures.withId(ticket.logTime(DAY, 30, "Call", WorkLevel.HELP_DESK, OPERATOR, at(20)), 7);
        ServiceTicket other = Fixtures.serviceTicket("HD-2026-000002", RequestKind.HARDWARE, Severity.LOW);

        TicketRuleException twice = assertThrows(TicketRuleException.class,
                () -> ticket.reverse(call, true, "Again", OPERATOR, at(22), DAY));
        assertEquals("rule.entryAlreadyReversed", twice.messageKey());
        assertThrows(IllegalArgumentException.class, () -> other.reverse(call, false, "Not mine", OPERATOR, at(22),
                DAY));
        assertEquals(new Hours(30, 0), ticket.hours(), "a refused reversal changes nothing");
    }

    @Test
    void aFailedFixReopensTheProgrammingTicketClosedLast() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        ProgrammingTicket first = programmingTicket(1, Severity.AVERAGE);
        ProgrammingTicket second = programmingTicket(2, Severity.AVERAGE);
        ticket.escalate(first, OPERATOR, at(20));
        ticket.linkProgrammingTicket(second, OPERATOR, at(21));
        Fixtures.close(first);
        second.start(Fixtures.PROGRAMMER, at(200));
        second.markFixReady(Fixtures.PROGRAMMER, at(210));
        second.recordUpdateSent("5.2.2", DAY.plusDays(1), "download link", Fixtures.MANAGER, at(220));
        assertEquals(ServiceTicketState.AWAITING_VERIFICATION, ticket.getState());

        Optional<ProgrammingTicket> reopened = ticket.failVerification("The fix does not cover credit notes", true,
                OPERATOR, at(500));

        assertEquals(Optional.of(second), reopened);
        assertTrue(second.isOpen());
        assertEquals(ProgrammingTicketState.CLOSED, first.getState());
        assertEquals(ServiceTicketState.IN_PROGRAMMING, ticket.getState());
    }

    @Test
    void aFailedFixNeedsAClosedProgrammingTicket() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.AWAITING_VERIFICATION);

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> ticket.failVerification("Still broken", true, OPERATOR, at(60)));

        assertEquals("rule.noClosedProgrammingToReopen", refused.messageKey());
        assertEquals(ServiceTicketState.AWAITING_VERIFICATION, ticket.getState());
    }

    @Test
    void theClosureLogsTheHoursSpentAndAcceptsHoursLoggedBefore() {
        ServiceTicket logged = serviceTicketIn(ServiceTicketState.VERIFIED);
        logged.logTime(DAY, 20, "Call", WorkLevel.HELP_DESK, OPERATOR, at(45));
        ServiceTicket spent = serviceTicketIn(ServiceTicketState.VERIFIED);

        assertEquals(Optional.empty(), logged.agreeClosure("Mario Rossi", Channel.PHONE, 0, DAY, OPERATOR, at(60)));
        TimeEntry entry = spent.agreeClosure("Mario Rossi", Channel.PHONE, 25, DAY, OPERATOR, at(60)).orElseThrow();

        assertEquals(ServiceTicketState.CLOSED, logged.getState());
        assertEquals(new Hours(20, 0), logged.hours());
        assertEquals(25, entry.getMinutes());
        assertEquals(DAY, entry.getWorkDate());
        assertEquals(WorkLevel.HELP_DESK, entry.getLevel());
        assertEquals(new Hours(25, 0), spent.hours());
    }

    @Test
    void aNumberOfTheOtherSeriesIsAProgrammingError() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ProgrammingTicket(TicketNumber.valueOf("HD-2026-000001"), Severity.LOW, "t", "d", OPERATOR,
                        at(0)));
        assertEquals("HD-2026-000001 is not a number of a programming ticket.", refused.getMessage());
    }
}

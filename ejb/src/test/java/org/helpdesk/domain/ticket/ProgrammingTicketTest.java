package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.MANAGER;
import static org.helpdesk.domain.ticket.Fixtures.PROGRAMMER;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.programmingTicket;
import static org.helpdesk.domain.ticket.Fixtures.programmingTicketIn;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.ASSIGN;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.COMMENT;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.LOG_TIME;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.MARK_FIX_READY;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.RECORD_UPDATE_SENT;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.REOPEN;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.SCHEDULE;
import static org.helpdesk.domain.ticket.ProgrammingTicket.Action.START;
import static org.helpdesk.domain.ticket.ProgrammingTicketState.CLOSED;
import static org.helpdesk.domain.ticket.ProgrammingTicketState.FIX_READY;
import static org.helpdesk.domain.ticket.ProgrammingTicketState.IN_PROGRESS;
import static org.helpdesk.domain.ticket.ProgrammingTicketState.OPEN;
import static org.helpdesk.domain.ticket.ProgrammingTicketState.SCHEDULED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.ticket.ProgrammingTicket.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammingTicketTest {

    private static final Map<ProgrammingTicketState, Set<Action>> EXPECTED = Map.of(
            OPEN, EnumSet.of(SCHEDULE, ASSIGN, START, COMMENT, LOG_TIME),
            SCHEDULED, EnumSet.of(SCHEDULE, ASSIGN, START, COMMENT, LOG_TIME),
            IN_PROGRESS, EnumSet.of(ASSIGN, MARK_FIX_READY, COMMENT, LOG_TIME),
            FIX_READY, EnumSet.of(RECORD_UPDATE_SENT, ASSIGN, COMMENT, LOG_TIME),
            CLOSED, EnumSet.of(REOPEN, COMMENT));

    private static final Map<ProgrammingTicketState, String> HUMAN = Map.of(
            OPEN, "Open", SCHEDULED, "Scheduled", IN_PROGRESS, "In progress", FIX_READY, "Fix ready", CLOSED, "Closed");

    private static final Map<String, ProgrammingTicketState> LEADS_TO = Map.of(
            "OPEN SCHEDULE", SCHEDULED,
            "OPEN START", IN_PROGRESS,
            "SCHEDULED START", IN_PROGRESS,
            "IN_PROGRESS MARK_FIX_READY", FIX_READY,
            "FIX_READY RECORD_UPDATE_SENT", CLOSED,
            "CLOSED REOPEN", OPEN);

    private static final Map<Action, Consumer<ProgrammingTicket>> COMMANDS = Map.of(
            SCHEDULE, t -> t.schedule(DAY.plusDays(14), "5.4", MANAGER, at(60)),
            ASSIGN, t -> t.assign("carla", MANAGER, at(60)),
            START, t -> t.start("carla", at(60)),
            MARK_FIX_READY, t -> t.markFixReady(PROGRAMMER, at(60)),
            RECORD_UPDATE_SENT, t -> t.recordUpdateSent("5.2.1", DAY, "remote install", MANAGER, at(60)),
            REOPEN, t -> t.reopen("The fix does not hold", PROGRAMMER, at(60)),
            COMMENT, t -> t.addComment(CommentVisibility.INTERNAL, "Data source lost on refresh", PROGRAMMER, at(60)),
            LOG_TIME, t -> t.logTime(DAY, 90, "Debugging", WorkLevel.PROGRAMMING, PROGRAMMER, at(60)));

    static Stream<Arguments> pairs(boolean allowed) {
        return Stream.of(ProgrammingTicketState.values()).flatMap(state -> Stream.of(Action.values())
                .filter(action -> EXPECTED.get(state).contains(action) == allowed)
                .map(action -> Arguments.of(state, action)));
    }

    static Stream<Arguments> allowed() {
        return pairs(true);
    }

    static Stream<Arguments> refused() {
        return pairs(false);
    }

    @ParameterizedTest
    @EnumSource(ProgrammingTicketState.class)
    void eachStateAllowsExactlyTheActionsOfTheProcess(ProgrammingTicketState state) {
        assertEquals(EXPECTED.get(state), programmingTicketIn(state).allowedActions());
        assertEquals(EXPECTED.get(state), ProgrammingTicket.allowedActionsIn(state));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("allowed")
    void anAllowedActionSucceedsAndLeadsToTheNextState(ProgrammingTicketState state, Action action) {
        ProgrammingTicket ticket = programmingTicketIn(state);

        COMMANDS.get(action).accept(ticket);

        assertEquals(LEADS_TO.getOrDefault(state + " " + action, state), ticket.getState());
        assertEquals(at(60), ticket.getLastModifiedAt());
        assertFalse(ticket.drainChanges().isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refused")
    void anyOtherActionIsRefusedNamingTheTicketAndItsState(ProgrammingTicketState state, Action action) {
        ProgrammingTicket ticket = programmingTicketIn(state);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> COMMANDS.get(action).accept(ticket));

        assertTrue(refused.getMessage().startsWith("Ticket PR-2026-000001 is " + HUMAN.get(state) + ": it cannot "),
                refused.getMessage());
        assertEquals(action, refused.getAttemptedAction());
        assertEquals(state, ticket.getState());
        assertEquals(List.of(), ticket.drainChanges());
    }

    @Test
    void theRefusalSaysWhatIsAllowedInstead() {
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> programmingTicketIn(OPEN).markFixReady(PROGRAMMER, at(60)));

        assertEquals("Ticket PR-2026-000001 is Open: it cannot be marked fix ready. "
                + "Allowed now: Schedule, Assign, Start, Comment, Log time.", refused.getMessage());
    }

    @Test
    void aBlockingTicketIsNotScheduled() {
        ProgrammingTicket high = programmingTicket(1, Severity.HIGH);

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> high.schedule(DAY.plusDays(7), "5.3", MANAGER, at(10)));

        assertTrue(high.isBlocking());
        assertEquals("A High (blocking) programming ticket is not scheduled: programmers start on it at once.",
                refused.getMessage());
        assertEquals(OPEN, high.getState());
    }

    @Test
    void schedulingNeedsADateOrARelease() {
        ProgrammingTicket ticket = programmingTicket(1, Severity.LOW);

        assertThrows(InvalidValueException.class, () -> ticket.schedule(null, " ", MANAGER, at(10)));
        ticket.schedule(null, "5.3", MANAGER, at(10));

        assertEquals(SCHEDULED, ticket.getState());
        assertEquals("5.3", ticket.getPlannedRelease());
        assertNull(ticket.getPlannedDate());
    }

    @Test
    void startingAssignsAnUnassignedTicketOnly() {
        ProgrammingTicket unassigned = programmingTicket(1, Severity.HIGH);
        unassigned.start(PROGRAMMER, at(5));
        assertEquals(PROGRAMMER, unassigned.getAssignedProgrammer());

        ProgrammingTicket assigned = programmingTicket(2, Severity.AVERAGE);
        assigned.assign("carla", MANAGER, at(5));
        assigned.start(PROGRAMMER, at(6));
        assertEquals("carla", assigned.getAssignedProgrammer());
    }

    @Test
    void theUpdateSentClosesTheTicketAndNeedsVersionDayAndMeans() {
        ProgrammingTicket ticket = programmingTicketIn(FIX_READY);

        assertThrows(InvalidValueException.class,
                () -> ticket.recordUpdateSent("5.2.1", null, "download link", MANAGER, at(60)));
        Set<ServiceTicket> told = ticket.recordUpdateSent("5.2.1", DAY, "download link", MANAGER, at(60));

        assertEquals(Set.of(), told, "no service ticket linked");
        assertFalse(ticket.isOpen());
        assertEquals("5.2.1", ticket.getUpdateVersion());
        assertEquals(DAY, ticket.getUpdateSentOn());
        assertEquals("download link", ticket.getUpdateMeans());
        assertEquals(at(60), ticket.getClosedAt());
        assertEquals(new TicketChange(AuditField.UPDATE, null, "5.2.1 sent on 2026-03-02 by download link", MANAGER, at(60),
                null), ticket.drainChanges().get(0));
    }

    @Test
    void theUpdateSentMovesOnlyTheServiceTicketsThatWaitForNoOtherProgrammingTicket() {
        ProgrammingTicket fix = programmingTicket(1, Severity.AVERAGE);
        ProgrammingTicket other = programmingTicket(2, Severity.AVERAGE);
        ServiceTicket waiting = Fixtures.serviceTicket("HD-2026-000001", RequestKind.SOFTWARE_BUG, Severity.AVERAGE);
        waiting.takeCharge(Fixtures.OPERATOR, at(1));
        waiting.escalate(other, Fixtures.OPERATOR, at(2));
        waiting.linkProgrammingTicket(fix, Fixtures.OPERATOR, at(3));
        ServiceTicket served = Fixtures.serviceTicket("HD-2026-000002", RequestKind.SOFTWARE_BUG, Severity.AVERAGE);
        served.takeCharge(Fixtures.OPERATOR, at(1));
        served.linkProgrammingTicket(fix, Fixtures.OPERATOR, at(4));
        fix.start(PROGRAMMER, at(10));
        fix.markFixReady(PROGRAMMER, at(20));

        Set<ServiceTicket> moved = fix.recordUpdateSent("5.2.1", DAY, "download link", MANAGER, at(60));

        assertEquals(Set.of(served), moved, "only the ticket that now awaits verification");
        assertEquals(ServiceTicketState.AWAITING_VERIFICATION, served.getState());
        assertEquals(ServiceTicketState.IN_PROGRAMMING, waiting.getState(), "still waits for " + other.getNumber());
    }

    @Test
    void reopeningClearsScheduleFixAndUpdate() {
        ProgrammingTicket ticket = programmingTicket(1, Severity.LOW);
        ticket.schedule(DAY, "5.3", MANAGER, at(5));
        Fixtures.close(ticket);
        ticket.drainChanges();

        ticket.reopen("Credit notes broken", PROGRAMMER, at(200));

        assertEquals(OPEN, ticket.getState());
        assertTrue(ticket.isOpen());
        assertEquals(1, ticket.getReopenCount());
        assertNull(ticket.getPlannedDate());
        assertNull(ticket.getFixReadyAt());
        assertNull(ticket.getUpdateVersion());
        assertNull(ticket.getClosedAt());
        assertEquals(new TicketChange(AuditField.REOPEN, "5.2.1 sent on 2026-03-02 by download link", "1", PROGRAMMER, at(200),
                "Credit notes broken"), ticket.drainChanges().get(0));
    }

    @Test
    void programmingTicketsTakeInternalNotesOnly() {
        ProgrammingTicket ticket = programmingTicketIn(IN_PROGRESS);

        Comment note = ticket.addComment(CommentVisibility.INTERNAL, "Found it", PROGRAMMER, at(60));
        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> ticket.addComment(CommentVisibility.CUSTOMER, "Fixed soon", PROGRAMMER, at(60)));

        assertEquals(ticket, note.getProgrammingTicket());
        assertNull(note.getServiceTicket());
        assertEquals("Programming ticket PR-2026-000001 takes internal notes only: write to the customer on the "
                + "service ticket.", refused.getMessage());
    }
}

package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.programmingTicket;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicketIn;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.AGREE_CLOSURE;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.COMMENT;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.CONFIRM_VERIFICATION;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.EDIT;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.ESCALATE;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.FAIL_VERIFICATION;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.LINK_PROGRAMMING;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.LOG_TIME;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.MARK_RESOLVED;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.PROGRAMMING_CLOSED;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.REASSIGN;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.REOPEN;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.RESUME;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.TAKE_CHARGE;
import static org.helpdesk.domain.ticket.ServiceTicket.Action.WAIT_FOR_CUSTOMER;
import static org.helpdesk.domain.ticket.ServiceTicketState.AWAITING_VERIFICATION;
import static org.helpdesk.domain.ticket.ServiceTicketState.CLOSED;
import static org.helpdesk.domain.ticket.ServiceTicketState.IN_PROGRAMMING;
import static org.helpdesk.domain.ticket.ServiceTicketState.NEW;
import static org.helpdesk.domain.ticket.ServiceTicketState.TAKEN_IN_CHARGE;
import static org.helpdesk.domain.ticket.ServiceTicketState.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.helpdesk.domain.ticket.ServiceTicket.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service ticket's table of allowed actions, checked command by command: every allowed action succeeds and
 * lands in the expected state, every other one is refused with a message naming the ticket and its state.
 */
class ServiceTicketLifecycleTest {

    /** The process as the help desk procedure describes it; written out here independently of the class. */
    private static final Map<ServiceTicketState, Set<Action>> EXPECTED = Map.of(
            NEW, EnumSet.of(TAKE_CHARGE, REASSIGN, EDIT, COMMENT, LOG_TIME),
            TAKEN_IN_CHARGE, EnumSet.of(ESCALATE, LINK_PROGRAMMING, MARK_RESOLVED, WAIT_FOR_CUSTOMER, RESUME, REASSIGN,
                    EDIT, COMMENT, LOG_TIME),
            IN_PROGRAMMING, EnumSet.of(LINK_PROGRAMMING, PROGRAMMING_CLOSED, REASSIGN, EDIT, COMMENT, LOG_TIME),
            AWAITING_VERIFICATION, EnumSet.of(CONFIRM_VERIFICATION, FAIL_VERIFICATION, REASSIGN, COMMENT, LOG_TIME),
            VERIFIED, EnumSet.of(AGREE_CLOSURE, FAIL_VERIFICATION, REASSIGN, COMMENT, LOG_TIME),
            CLOSED, EnumSet.of(REOPEN, COMMENT));

    private static final Map<ServiceTicketState, String> HUMAN = Map.of(
            NEW, "New",
            TAKEN_IN_CHARGE, "Taken in charge",
            IN_PROGRAMMING, "In programming",
            AWAITING_VERIFICATION, "Awaiting verification",
            VERIFIED, "Verified",
            CLOSED, "Closed");

    /** Where each state-changing action leads; the other actions leave the state as it is. */
    private static final Map<String, ServiceTicketState> LEADS_TO = Map.ofEntries(
            Map.entry("NEW TAKE_CHARGE", TAKEN_IN_CHARGE),
            Map.entry("TAKEN_IN_CHARGE ESCALATE", IN_PROGRAMMING),
            Map.entry("TAKEN_IN_CHARGE LINK_PROGRAMMING", IN_PROGRAMMING),
            Map.entry("TAKEN_IN_CHARGE MARK_RESOLVED", AWAITING_VERIFICATION),
            Map.entry("IN_PROGRAMMING PROGRAMMING_CLOSED", AWAITING_VERIFICATION),
            Map.entry("AWAITING_VERIFICATION CONFIRM_VERIFICATION", VERIFIED),
            Map.entry("AWAITING_VERIFICATION FAIL_VERIFICATION", TAKEN_IN_CHARGE),
            Map.entry("VERIFIED FAIL_VERIFICATION", TAKEN_IN_CHARGE),
            Map.entry("VERIFIED AGREE_CLOSURE", CLOSED),
            Map.entry("CLOSED REOPEN", TAKEN_IN_CHARGE));

    private record Command(Action action, String name, Consumer<ServiceTicket> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every command, with arguments that are valid in the states that allow it. */
    private static List<Command> commands() {
        List<Command> commands = new ArrayList<>();
        commands.add(new Command(TAKE_CHARGE, "takeCharge", t -> t.takeCharge("bruno", at(60))));
        commands.add(new Command(REASSIGN, "reassign", t -> t.reassign("bruno", OPERATOR, at(60))));
        commands.add(new Command(ESCALATE, "escalate",
                t -> t.escalate(programmingTicket(2, Severity.AVERAGE), OPERATOR, at(60))));
        commands.add(new Command(LINK_PROGRAMMING, "linkProgrammingTicket",
                t -> t.linkProgrammingTicket(programmingTicket(3, Severity.LOW), OPERATOR, at(60))));
        commands.add(new Command(MARK_RESOLVED, "markResolved", t -> t.markResolved(OPERATOR, at(60))));
        commands.add(new Command(PROGRAMMING_CLOSED, "programmingClosed",
                t -> t.getProgrammingTickets().forEach(Fixtures::close)));
        commands.add(new Command(CONFIRM_VERIFICATION, "confirmVerification",
                t -> t.confirmVerification("Works", OPERATOR, at(60))));
        commands.add(new Command(FAIL_VERIFICATION, "failVerification",
                t -> t.failVerification("Still an empty page", false, OPERATOR, at(60))));
        commands.add(new Command(AGREE_CLOSURE, "agreeClosure",
                t -> t.agreeClosure("Mario Rossi", Channel.EMAIL, 30, DAY, OPERATOR, at(60))));
        commands.add(new Command(REOPEN, "reopen", t -> t.reopen("It happened again", OPERATOR, at(60))));
        commands.add(new Command(EDIT, "editDetails", t -> t.editDetails("Invoices print empty",
                "Every invoice prints an empty page.", Channel.EMAIL, RequestKind.SOFTWARE_BUG, OPERATOR, at(60))));
        commands.add(new Command(EDIT, "changeSeverity", t -> t.changeSeverity(Severity.HIGH, OPERATOR, at(60))));
        commands.add(new Command(COMMENT, "addComment",
                t -> t.addComment(CommentVisibility.INTERNAL, "Called back", OPERATOR, at(60))));
        commands.add(new Command(LOG_TIME, "logTime",
                t -> t.logTime(DAY, 15, "Phone call", WorkLevel.HELP_DESK, OPERATOR, at(60))));
        return commands;
    }

    static Stream<Arguments> allowed() {
        return Stream.of(ServiceTicketState.values()).flatMap(state -> commands().stream()
                .filter(c -> EXPECTED.get(state).contains(c.action()))
                .map(c -> Arguments.of(state, c)));
    }

    /** {@code programmingClosed} is a notification, not a user's action: it never refuses (see its own test). */
    static Stream<Arguments> refused() {
        return Stream.of(ServiceTicketState.values()).flatMap(state -> commands().stream()
                .filter(c -> !EXPECTED.get(state).contains(c.action()) && c.action() != PROGRAMMING_CLOSED)
                .map(c -> Arguments.of(state, c)));
    }

    @ParameterizedTest
    @EnumSource(ServiceTicketState.class)
    void eachStateAllowsExactlyTheActionsOfTheProcess(ServiceTicketState state) {
        ServiceTicket ticket = serviceTicketIn(state);

        assertEquals(EXPECTED.get(state), ticket.allowedActions());
        assertEquals(EXPECTED.get(state), ServiceTicket.allowedActionsIn(state));
        for (Action action : Action.values()) {
            assertEquals(EXPECTED.get(state).contains(action), ticket.can(action), action.name());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("allowed")
    void anAllowedActionSucceedsAndLeadsToTheNextState(ServiceTicketState state, Command command) {
        ServiceTicket ticket = serviceTicketIn(state);

        command.run().accept(ticket);

        ServiceTicketState expected = LEADS_TO.getOrDefault(state + " " + command.action(), state);
        assertEquals(expected, ticket.getState());
        assertEquals(command.action() == PROGRAMMING_CLOSED ? at(120) : at(60), ticket.getLastModifiedAt());
        assertTrue(!ticket.drainChanges().isEmpty(), "an allowed action leaves a trace in the history");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("refused")
    void anyOtherActionIsRefusedNamingTheTicketAndItsState(ServiceTicketState state, Command command) {
        ServiceTicket ticket = serviceTicketIn(state);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> command.run().accept(ticket));

        assertTrue(refused.getMessage().startsWith("Ticket HD-2026-000001 is " + HUMAN.get(state) + ": it cannot "),
                refused.getMessage());
        assertEquals("HD-2026-000001", refused.getTicketNumber());
        assertEquals(state, refused.getCurrentState());
        assertEquals(command.action(), refused.getAttemptedAction());
        assertEquals(state, ticket.getState(), "a refused action changes nothing");
        assertEquals(List.of(), ticket.drainChanges());
    }

    @Test
    void theRefusalSaysWhatIsAllowedInstead() {
        ServiceTicket closed = serviceTicketIn(CLOSED);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> closed.takeCharge("bruno", at(60)));

        assertEquals("Ticket HD-2026-000001 is Closed: it cannot be taken in charge. Allowed now: Reopen, Comment.",
                refused.getMessage());
        assertEquals(List.of(REOPEN, COMMENT), refused.getAllowedNow());
    }

    @Test
    void theRefusalDoesNotOfferTheProgrammingClosedNotification() {
        ServiceTicket inProgramming = serviceTicketIn(IN_PROGRAMMING);

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> inProgramming.markResolved(OPERATOR, at(60)));

        assertEquals("Ticket HD-2026-000001 is In programming: it cannot be marked resolved. Allowed now: "
                + "Link a programming ticket, Reassign, Edit, Comment, Log time.", refused.getMessage());
    }
}

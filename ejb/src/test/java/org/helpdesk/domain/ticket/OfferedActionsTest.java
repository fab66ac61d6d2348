package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.MANAGER;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.PROGRAMMER;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.helpdesk.application.ticket.internal.DefaultProgrammingTicketService;
import org.helpdesk.application.ticket.internal.DefaultServiceTicketService;
import org.helpdesk.domain.staff.Role;
import org.junit.jupiter.api.Test;

/**
 * What a ticket offers a user ({@code actionsFor(roles)}, the list the screens and the REST API show) is exactly what
 * that user can then do: for every state, every rule that can refuse an action the state allows, and every
 * combination of roles, an action is offered if and only if the service method behind it lets one of the roles in
 * ({@code @RolesAllowed}, read from the service class itself) and the ticket's command succeeds with valid values.
 */
class OfferedActionsTest {

    /** The service method each action goes through, whose {@code @RolesAllowed} says who may do it. */
    private static final Map<ServiceTicket.Action, String> SERVICE_METHODS = new EnumMap<>(Map.ofEntries(
            Map.entry(ServiceTicket.Action.TAKE_CHARGE, "takeCharge"),
            Map.entry(ServiceTicket.Action.ESCALATE, "escalate"),
            Map.entry(ServiceTicket.Action.LINK_PROGRAMMING, "link"),
            Map.entry(ServiceTicket.Action.MARK_RESOLVED, "markResolved"),
            Map.entry(ServiceTicket.Action.WAIT_FOR_CUSTOMER, "waitForCustomer"),
            Map.entry(ServiceTicket.Action.RESUME, "resume"),
            Map.entry(ServiceTicket.Action.CONFIRM_VERIFICATION, "recordVerification"),
            Map.entry(ServiceTicket.Action.FAIL_VERIFICATION, "recordVerification"),
            Map.entry(ServiceTicket.Action.AGREE_CLOSURE, "agreeClosure"),
            Map.entry(ServiceTicket.Action.REOPEN, "reopen"),
            Map.entry(ServiceTicket.Action.REASSIGN, "reassign"),
            Map.entry(ServiceTicket.Action.EDIT, "edit"),
            Map.entry(ServiceTicket.Action.COMMENT, "comment"),
            Map.entry(ServiceTicket.Action.LOG_TIME, "logTime")));

    private static final Map<ProgrammingTicket.Action, String> PROGRAMMING_METHODS = new EnumMap<>(Map.of(
            ProgrammingTicket.Action.SCHEDULE, "schedule",
            ProgrammingTicket.Action.ASSIGN, "assign",
            ProgrammingTicket.Action.START, "start",
            ProgrammingTicket.Action.MARK_FIX_READY, "markFixReady",
            ProgrammingTicket.Action.RECORD_UPDATE_SENT, "recordUpdateSent",
            ProgrammingTicket.Action.REOPEN, "reopen",
            ProgrammingTicket.Action.COMMENT, "comment",
            ProgrammingTicket.Action.LOG_TIME, "logTime"));

    /** Each user action as the ticket's command, with values valid wherever the state and the rules allow it. */
    private static final Map<ServiceTicket.Action, Consumer<ServiceTicket>> SERVICE_COMMANDS =
            new EnumMap<>(ServiceTicket.Action.class);
    private static final Map<ProgrammingTicket.Action, Consumer<ProgrammingTicket>> PROGRAMMING_COMMANDS =
            new EnumMap<>(ProgrammingTicket.Action.class);

    static {
        SERVICE_COMMANDS.put(ServiceTicket.Action.TAKE_CHARGE, t -> t.takeCharge("bruno", at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.ESCALATE,
                t -> t.escalate(Fixtures.programmingTicket(90, Severity.AVERAGE), OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.LINK_PROGRAMMING,
                t -> t.linkProgrammingTicket(Fixtures.programmingTicket(91, Severity.LOW), OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.MARK_RESOLVED, t -> t.markResolved(OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.WAIT_FOR_CUSTOMER,
                t -> t.waitForCustomer("Which printer?", OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.RESUME, t -> t.resume("Answered by phone", OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.CONFIRM_VERIFICATION,
                t -> t.confirmVerification("Works", OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.FAIL_VERIFICATION,
                t -> t.failVerification("Still broken", false, OPERATOR, at(300)));
        // The closure's own minutes are logged before the rule that wants hours is checked (see the service).
        SERVICE_COMMANDS.put(ServiceTicket.Action.AGREE_CLOSURE,
                t -> t.agreeClosure("Mario Rossi", Channel.PHONE, 30, DAY, OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.REOPEN, t -> t.reopen("It came back", OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.REASSIGN, t -> t.reassign("bruno", OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.EDIT, t -> t.editDetails("Edited", "Edited description",
                Channel.EMAIL, t.getKind(), OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.COMMENT,
                t -> t.addComment(CommentVisibility.INTERNAL, "A note", OPERATOR, at(300)));
        SERVICE_COMMANDS.put(ServiceTicket.Action.LOG_TIME,
                t -> t.logTime(DAY, 10, "Checked", WorkLevel.HELP_DESK, OPERATOR, at(300)));

        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.SCHEDULE,
                p -> p.schedule(DAY.plusDays(7), "6.0", MANAGER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.ASSIGN, p -> p.assign("piero", MANAGER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.START, p -> p.start(PROGRAMMER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.MARK_FIX_READY, p -> p.markFixReady(PROGRAMMER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.RECORD_UPDATE_SENT,
                p -> p.recordUpdateSent("6.0.1", DAY, "download link", PROGRAMMER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.REOPEN, p -> p.reopen("Came back", MANAGER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.COMMENT,
                p -> p.addComment(CommentVisibility.INTERNAL, "A note", PROGRAMMER, at(300)));
        PROGRAMMING_COMMANDS.put(ProgrammingTicket.Action.LOG_TIME,
                p -> p.logTime(DAY, 20, "Investigated", WorkLevel.PROGRAMMING, PROGRAMMER, at(300)));
    }

    /** Every state, and in each the variants a rule looks at (kind; an open programming ticket; urgency). */
    private static Map<String, Supplier<ServiceTicket>> serviceSituations() {
        Map<String, Supplier<ServiceTicket>> situations = new LinkedHashMap<>();
        for (RequestKind kind : RequestKind.values()) {
            situations.put("New " + kind, () -> Fixtures.serviceTicket(kind, Severity.AVERAGE));
            situations.put("Taken in charge " + kind, () -> taken(kind));
            situations.put("Awaiting verification " + kind, () -> resolved(taken(kind)));
            situations.put("Verified " + kind, () -> verified(taken(kind)));
            situations.put("Closed " + kind, () -> closed(verified(taken(kind))));
        }
        situations.put("In programming", () -> escalated(taken(RequestKind.SOFTWARE_BUG)));
        situations.put("Waiting for the customer", () -> {
            ServiceTicket t = taken(RequestKind.SOFTWARE_BUG);
            t.waitForCustomer("Which printer?", OPERATOR, at(25));
            return t;
        });
        situations.put("In programming, linked to two", () -> {
            ServiceTicket t = escalated(taken(RequestKind.SOFTWARE_BUG));
            t.linkProgrammingTicket(Fixtures.programmingTicket(2, Severity.LOW), OPERATOR, at(25));
            return t;
        });
        situations.put("Awaiting verification after programming", () -> delivered(escalated(
                taken(RequestKind.SOFTWARE_BUG))));
        situations.put("Awaiting verification, its programming ticket reopened",
                () -> reopenProgramming(delivered(escalated(taken(RequestKind.SOFTWARE_BUG)))));
        situations.put("Verified, its programming ticket reopened", () -> {
            ServiceTicket t = reopenProgramming(delivered(escalated(taken(RequestKind.SOFTWARE_BUG))));
            t.confirmVerification("Works here", OPERATOR, at(150));
            return t;
        });
        situations.put("Taken in charge, its programming ticket reopened", () -> {
            ServiceTicket t = delivered(escalated(taken(RequestKind.SOFTWARE_BUG)));
            t.failVerification("Still broken", false, OPERATOR, at(130));
            return reopenProgramming(t);
        });
        situations.put("Closed after programming", () -> closed(verified(delivered(escalated(
                taken(RequestKind.SOFTWARE_BUG))))));
        situations.put("Closed, its programming ticket reopened since", () -> reopenProgramming(closed(verified(
                delivered(escalated(taken(RequestKind.SOFTWARE_BUG)))))));
        return situations;
    }

    private static Map<String, Supplier<ProgrammingTicket>> programmingSituations() {
        Map<String, Supplier<ProgrammingTicket>> situations = new LinkedHashMap<>();
        for (Severity urgency : Severity.values()) {
            situations.put("Open " + urgency, () -> Fixtures.programmingTicket(1, urgency));
            situations.put("In progress " + urgency, () -> started(Fixtures.programmingTicket(1, urgency)));
            situations.put("Fix ready " + urgency, () -> fixed(started(Fixtures.programmingTicket(1, urgency))));
            situations.put("Closed " + urgency, () -> {
                ProgrammingTicket p = Fixtures.programmingTicket(1, urgency);
                Fixtures.close(p);
                return p;
            });
            situations.put("Reopened " + urgency, () -> {
                ProgrammingTicket p = Fixtures.programmingTicket(1, urgency);
                Fixtures.close(p);
                p.reopen("Came back", MANAGER, at(200));
                return p;
            });
            if (!urgency.isBlocking()) {
                situations.put("Scheduled " + urgency, () -> {
                    ProgrammingTicket p = Fixtures.programmingTicket(1, urgency);
                    p.schedule(DAY.plusDays(3), "5.3", MANAGER, at(10));
                    return p;
                });
            }
        }
        return situations;
    }

    @Test
    void everyServiceTicketActionIsOfferedExactlyWhenTheRolesTheStateAndTheRulesLetItSucceed() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Supplier<ServiceTicket>> situation : serviceSituations().entrySet()) {
            for (Set<Role> roles : everyCombinationOfRoles()) {
                Set<ServiceTicket.Action> offered = situation.getValue().get().actionsFor(roles);
                for (ServiceTicket.Action action : ServiceTicket.Action.values()) {
                    boolean succeeds = action.isUserAction()
                            && mayCall(DefaultServiceTicketService.class, SERVICE_METHODS.get(action), roles)
                            && succeeds(situation.getValue(), SERVICE_COMMANDS.get(action));
                    if (offered.contains(action) != succeeds) {
                        wrong.add(situation.getKey() + ", " + roles + ", " + action + ": "
                                + (succeeds ? "succeeds but is not offered" : "offered but refused"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyProgrammingTicketActionIsOfferedExactlyWhenTheRolesTheStateAndTheRulesLetItSucceed() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Supplier<ProgrammingTicket>> situation : programmingSituations().entrySet()) {
            for (Set<Role> roles : everyCombinationOfRoles()) {
                ProgrammingTicket ticket = situation.getValue().get();
                Set<ProgrammingTicket.Action> offered = ticket.actionsFor(roles);
                assertEquals(offered, ProgrammingTicket.actionsFor(ticket.getState(), ticket.getUrgency(), roles),
                        "a list row offers what the ticket does");
                for (ProgrammingTicket.Action action : ProgrammingTicket.Action.values()) {
                    boolean succeeds = mayCall(DefaultProgrammingTicketService.class,
                            PROGRAMMING_METHODS.get(action), roles)
                            && succeeds(situation.getValue(), PROGRAMMING_COMMANDS.get(action));
                    if (offered.contains(action) != succeeds) {
                        wrong.add(situation.getKey() + ", " + roles + ", " + action + ": "
                                + (succeeds ? "succeeds but is not offered" : "offered but refused"));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void eachActionNamesTheRolesItsServiceMethodAllows() {
        for (ServiceTicket.Action action : ServiceTicket.Action.values()) {
            Set<Role> expected = action.isUserAction()
                    ? rolesAllowed(DefaultServiceTicketService.class, SERVICE_METHODS.get(action))
                    : EnumSet.noneOf(Role.class);
            assertEquals(expected, action.roles(), action.name());
        }
        for (ProgrammingTicket.Action action : ProgrammingTicket.Action.values()) {
            assertEquals(rolesAllowed(DefaultProgrammingTicketService.class, PROGRAMMING_METHODS.get(action)),
                    action.roles(), action.name());
        }
    }

    @Test
    void aBlockingProgrammingTicketOffersNoScheduleAndAProgrammerNeitherScheduleNorAssign() {
        ProgrammingTicket blocking = Fixtures.programmingTicket(1, Severity.HIGH);
        ProgrammingTicket average = Fixtures.programmingTicket(2, Severity.AVERAGE);

        Set<ProgrammingTicket.Action> manager = blocking.actionsFor(Set.of(Role.PROGRAMMING_MANAGER));
        Set<ProgrammingTicket.Action> programmer = average.actionsFor(Set.of(Role.PROGRAMMER));

        assertFalse(manager.contains(ProgrammingTicket.Action.SCHEDULE), manager.toString());
        assertTrue(manager.contains(ProgrammingTicket.Action.ASSIGN), manager.toString());
        assertEquals(EnumSet.of(ProgrammingTicket.Action.START, ProgrammingTicket.Action.COMMENT,
                ProgrammingTicket.Action.LOG_TIME), programmer);
    }

    @Test
    void nobodyIsOfferedTheProgrammingClosedNotificationAndAnAuditorNothing() {
        for (Supplier<ServiceTicket> situation : serviceSituations().values()) {
            ServiceTicket ticket = situation.get();
            assertFalse(ticket.actionsFor(EnumSet.allOf(Role.class))
                    .contains(ServiceTicket.Action.PROGRAMMING_CLOSED));
            assertEquals(Set.of(), ticket.actionsFor(Set.of(Role.AUDITOR)));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static <T> boolean succeeds(Supplier<T> fresh, Consumer<T> command) {
        try {
            command.accept(fresh.get());
            return true;
        } catch (IllegalTransitionException | TicketRuleException e) {
            return false;
        }
    }

    private static boolean mayCall(Class<?> service, String method, Set<Role> roles) {
        return rolesAllowed(service, method).stream().anyMatch(roles::contains);
    }

    private static Set<Role> rolesAllowed(Class<?> service, String name) {
        List<Method> methods = Arrays.stream(service.getDeclaredMethods())
                .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(RolesAllowed.class)).toList();
        assertEquals(1, methods.size(), service.getSimpleName() + "." + name);
        return Arrays.stream(methods.get(0).getAnnotation(RolesAllowed.class).value()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** All 32 sets of roles a user can hold, the empty one included. */
    private static List<Set<Role>> everyCombinationOfRoles() {
        Role[] roles = Role.values();
        List<Set<Role>> combinations = new ArrayList<>();
        for (int mask = 0; mask < 1 << roles.length; mask++) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (int i = 0; i < roles.length; i++) {
                if ((mask & 1 << i) != 0) {
                    set.add(roles[i]);
                }
            }
            combinations.add(set);
        }
        return combinations;
    }

    private static ServiceTicket taken(RequestKind kind) {
        ServiceTicket t = Fixtures.serviceTicket(kind, Severity.AVERAGE);
        t.takeCharge(OPERATOR, at(10));
        return t;
    }

    private static ServiceTicket escalated(ServiceTicket t) {
        t.escalate(Fixtures.programmingTicket(1, Severity.AVERAGE), OPERATOR, at(20));
        return t;
    }

    /** Every linked programming ticket delivered: the ticket awaits verification. */
    private static ServiceTicket delivered(ServiceTicket t) {
        t.getProgrammingTickets().forEach(Fixtures::close);
        return t;
    }

    private static ServiceTicket reopenProgramming(ServiceTicket t) {
        t.getProgrammingTickets().iterator().next().reopen("Came back", MANAGER, at(140));
        return t;
    }

    private static ServiceTicket resolved(ServiceTicket t) {
        t.markResolved(OPERATOR, at(30));
        return t;
    }

    private static ServiceTicket verified(ServiceTicket t) {
        if (t.getState() == ServiceTicketState.TAKEN_IN_CHARGE) {
            resolved(t);
        }
        t.confirmVerification("Works", OPERATOR, at(135));
        return t;
    }

    private static ServiceTicket closed(ServiceTicket t) {
        t.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(138));
        return t;
    }

    private static ProgrammingTicket started(ProgrammingTicket p) {
        p.start(PROGRAMMER, at(10));
        return p;
    }

    private static ProgrammingTicket fixed(ProgrammingTicket p) {
        p.markFixReady(PROGRAMMER, at(20));
        return p;
    }
}

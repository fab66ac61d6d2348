package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.T0;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.helpdesk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Average targets: taking charge 120 minutes, first feedback 240, resolution 4320 (three days). */
class MilestonesTest {

    private final MilestoneTargets average = MilestoneTargets.defaults(Severity.AVERAGE);

    @ParameterizedTest(name = "taken in charge after {0} min: {1}")
    @CsvSource({"1, MET", "120, MET", "121, MISSED"})
    void aReachedMilestoneIsMetWhenWithinItsTarget(int minutes, MilestoneStatus expected) {
        ServiceTicket ticket = serviceTicket();
        ticket.takeCharge(OPERATOR, at(minutes));

        assertEquals(expected, ticket.milestoneStatus(Milestone.TAKING_CHARGE, average, at(10_000)));
    }

    @ParameterizedTest(name = "not reached, {0} min after opening: {1}")
    @CsvSource({"0, PENDING", "240, PENDING", "241, MISSED"})
    void aMilestoneNotReachedIsPendingUntilItIsDue(int minutes, MilestoneStatus expected) {
        ServiceTicket ticket = serviceTicket();

        assertEquals(expected, ticket.milestoneStatus(Milestone.FIRST_FEEDBACK, average, at(minutes)));
    }

    @Test
    void agreeingTheClosureIsTheFirstFeedbackWhenNoReplyWasWritten() {
        ServiceTicket ticket = Fixtures.serviceTicketIn(ServiceTicketState.VERIFIED);

        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(50));

        assertEquals(Optional.of(at(50)), ticket.reachedAt(Milestone.FIRST_FEEDBACK));
        assertEquals(MilestoneStatus.MET, ticket.milestoneStatus(Milestone.FIRST_FEEDBACK, average, at(10_000)));
    }

    @Test
    void aClosureAgreedAfterTheFirstFeedbackTargetIsAMissedFirstFeedback() {
        ServiceTicket ticket = Fixtures.serviceTicketIn(ServiceTicketState.VERIFIED);

        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(241));

        assertEquals(MilestoneStatus.MISSED, ticket.milestoneStatus(Milestone.FIRST_FEEDBACK, average, at(241)));
    }

    @Test
    void aReplyBeforeTheClosureStaysTheFirstFeedbackAndSurvivesAReopening() {
        ServiceTicket ticket = Fixtures.serviceTicketIn(ServiceTicketState.VERIFIED);
        ticket.addComment(CommentVisibility.CUSTOMER, "It works again, shall we close?", OPERATOR, at(45));

        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(300));
        ticket.reopen("Empty pages again", OPERATOR, at(400));

        assertEquals(Optional.of(at(45)), ticket.reachedAt(Milestone.FIRST_FEEDBACK));
    }

    @Test
    void theResolutionCountsFromTheOpening() {
        ServiceTicket ticket = serviceTicket();
        ticket.takeCharge(OPERATOR, at(10));
        ticket.markResolved(OPERATOR, at(4320));

        assertEquals(MilestoneStatus.MET, ticket.milestoneStatus(Milestone.RESOLUTION, average, at(9999)));
        assertEquals(T0.plus(Duration.ofDays(3)), ticket.dueAt(Milestone.RESOLUTION, average));
    }

    @Test
    void aTicketIsJudgedAgainstTheTargetsOfItsOwnSeverity() {
        ServiceTicket ticket = serviceTicket();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ticket.milestoneStatus(Milestone.TAKING_CHARGE, MilestoneTargets.defaults(Severity.HIGH), T0));

        assertEquals("Ticket HD-2026-000001 has severity Average: judge it against the Average targets, not the High "
                + "ones.", refused.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"HIGH, 30, 60, 480", "AVERAGE, 120, 240, 4320", "LOW, 480, 1440, 14400",
        "SECONDARY, 1440, 2880, 43200"})
    void theDefaultTargetsAreTheOnesTheMigrationInserts(Severity severity, int takingCharge, int firstFeedback,
            int resolution) {
        MilestoneTargets targets = MilestoneTargets.defaults(severity);

        assertEquals(severity, targets.getSeverity());
        assertEquals(Duration.ofMinutes(takingCharge), targets.target(Milestone.TAKING_CHARGE));
        assertEquals(Duration.ofMinutes(firstFeedback), targets.target(Milestone.FIRST_FEEDBACK));
        assertEquals(Duration.ofMinutes(resolution), targets.target(Milestone.RESOLUTION));
    }

    @Test
    void targetsArePositiveAndInTheOrderOfTheMilestones() {
        MilestoneTargets targets = MilestoneTargets.defaults(Severity.LOW);

        InvalidValueException zero = assertThrows(InvalidValueException.class,
                () -> targets.change(0, 10, 20, "admin", T0));
        InvalidValueException order = assertThrows(InvalidValueException.class,
                () -> targets.change(60, 30, 120, "admin", T0));
        targets.change(60, 60, 120, "admin", T0);

        assertEquals("The taking charge target must be more than zero minutes (got 0).", zero.getMessage());
        assertEquals("The targets must follow the order of the milestones: taking charge (60 min) no later than "
                + "first feedback (30 min), first feedback no later than resolution (120 min).", order.getMessage());
        assertEquals(60, targets.getFirstFeedbackMinutes());
        assertEquals("admin", targets.getChangedBy(), "a stale change of the targets names who changed them");
        assertEquals(T0, targets.getChangedAt());
    }
}

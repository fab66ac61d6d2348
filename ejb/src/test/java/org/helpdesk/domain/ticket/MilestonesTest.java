package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.T0;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.WorkingWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Average targets counted round the clock: taking charge 120 minutes, first feedback 240, resolution 4320 (three
 * days). Business hours are {@link MilestoneClocksTest}'s.
 */
class MilestonesTest {

    private static final HelpDeskCalendar CALENDAR = new HelpDeskCalendar(WorkingWeek.DEFAULT, List.of());
    private final MilestoneTargets average = new MilestoneTargets(Severity.AVERAGE, 120, 240, 4320,
            ClockMode.ROUND_THE_CLOCK);
    private final List<TicketChange> trail = new ArrayList<>();

    private MilestoneClocks clocks(ServiceTicket ticket, Instant now) {
        trail.addAll(ticket.drainChanges());
        return ticket.clocks(trail, s -> average, CALENDAR, now);
    }

    private MilestoneStatus status(ServiceTicket ticket, Milestone milestone, Instant now) {
        return clocks(ticket, now).of(milestone).status();
    }

    @ParameterizedTest(name = "taken in charge after {0} min: {1}")
    @CsvSource({"1, MET", "120, MET", "121, MISSED"})
    void aReachedMilestoneIsMetWhenWithinItsTarget(int minutes, MilestoneStatus expected) {
        ServiceTicket ticket = serviceTicket();
        ticket.takeCharge(OPERATOR, at(minutes));

        assertEquals(expected, status(ticket, Milestone.TAKING_CHARGE, at(10_000)));
    }

    @ParameterizedTest(name = "not reached, {0} min after opening: {1}")
    @CsvSource({"0, PENDING", "240, PENDING", "241, MISSED"})
    void aMilestoneNotReachedIsPendingUntilItIsDue(int minutes, MilestoneStatus expected) {
        ServiceTicket ticket = serviceTicket();

        assertEquals(expected, status(ticket, Milestone.FIRST_FEEDBACK, at(minutes)));
    }

    @Test
    void agreeingTheClosureIsTheFirstFeedbackWhenNoReplyWasWritten() {
        ServiceTicket ticket = Fixtures.serviceTicketIn(ServiceTicketState.VERIFIED);

        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(50));

        assertEquals(Optional.of(at(50)), ticket.reachedAt(Milestone.FIRST_FEEDBACK));
        assertEquals(MilestoneStatus.MET, status(ticket, Milestone.FIRST_FEEDBACK, at(10_000)));
    }

    @Test
    void aClosureAgreedAfterTheFirstFeedbackTargetIsAMissedFirstFeedback() {
        ServiceTicket ticket = Fixtures.serviceTicketIn(ServiceTicketState.VERIFIED);

        ticket.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(241));

        assertEquals(MilestoneStatus.MISSED, status(ticket, Milestone.FIRST_FEEDBACK, at(241)));
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

        assertEquals(MilestoneStatus.MET, status(ticket, Milestone.RESOLUTION, at(9999)));
        assertEquals(T0.plus(Duration.ofDays(3)), clocks(ticket, at(9999)).of(Milestone.RESOLUTION).dueAt());
    }

    @ParameterizedTest
    @CsvSource({"HIGH, 30, 60, 480, ROUND_THE_CLOCK", "AVERAGE, 120, 240, 1440, BUSINESS_HOURS",
        "LOW, 480, 960, 4800, BUSINESS_HOURS", "SECONDARY, 960, 1440, 9600, BUSINESS_HOURS"})
    void theDefaultTargetsAreTheOnesTheMigrationsLeave(Severity severity, int takingCharge, int firstFeedback,
            int resolution, ClockMode mode) {
        MilestoneTargets targets = MilestoneTargets.defaults(severity);

        assertEquals(mode, targets.getClockMode());
        assertEquals(80, targets.getWarningPercent());
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

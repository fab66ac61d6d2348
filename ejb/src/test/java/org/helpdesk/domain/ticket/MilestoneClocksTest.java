package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.MANAGER;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.PROGRAMMER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.ticket.MilestoneClocks.Clock;
import org.helpdesk.domain.ticket.MilestoneClocks.Pause;
import org.helpdesk.domain.ticket.MilestoneClocks.PauseReason;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.WorkingWeek;
import org.junit.jupiter.api.Test;

/**
 * The clocks replayed from a ticket's trail, with the default targets (High round the clock, the others in business
 * hours) and the default calendar in Rome: Monday to Friday, 09:00–13:00 and 14:00–18:00. 5 March 2027 is a Friday.
 */
class MilestoneClocksTest {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final HelpDeskCalendar CALENDAR = new HelpDeskCalendar(WorkingWeek.DEFAULT, List.of());

    private final List<TicketChange> trail = new ArrayList<>();

    @Test
    void aLowCallOnFridayEveningTakenInChargeOnMondayMorningIsMet() {
        ServiceTicket ticket = opened(Severity.LOW, rome("2027-03-05T18:05"));
        assertEquals(rome("2027-03-08T18:00"), clocks(ticket, rome("2027-03-06T02:05"))
                .of(Milestone.TAKING_CHARGE).dueAt(), "8 business hours: the whole of Monday");
        assertEquals(MilestoneStatus.PENDING, clocks(ticket, rome("2027-03-06T02:05"))
                .of(Milestone.TAKING_CHARGE).status(), "not missed on Saturday night");

        ticket.takeCharge(OPERATOR, rome("2027-03-08T09:30"));
        Clock takingCharge = clocks(ticket, rome("2027-03-08T09:30")).of(Milestone.TAKING_CHARGE);

        assertEquals(MilestoneStatus.MET, takingCharge.status());
        assertEquals(Duration.ofMinutes(30), takingCharge.elapsed());
        assertEquals(ClockMode.BUSINESS_HOURS, takingCharge.mode());
    }

    @Test
    void aHighCallCountsRoundTheClock() {
        ServiceTicket ticket = opened(Severity.HIGH, rome("2027-03-06T02:00"));

        Clock takingCharge = clocks(ticket, rome("2027-03-06T02:31")).of(Milestone.TAKING_CHARGE);

        assertEquals(rome("2027-03-06T02:30"), takingCharge.dueAt());
        assertEquals(MilestoneStatus.MISSED, takingCharge.status());
    }

    @Test
    void waitingForTheCustomerStopsTheResolutionClockUntilTheyAnswer() {
        ServiceTicket ticket = opened(Severity.AVERAGE, rome("2027-03-08T09:00"));
        ticket.takeCharge(OPERATOR, rome("2027-03-08T09:10"));
        ticket.waitForCustomer("Which printer model is it?", OPERATOR, rome("2027-03-08T10:00"));

        Clock waiting = clocks(ticket, rome("2027-03-10T10:00")).of(Milestone.RESOLUTION);
        assertNull(waiting.dueAt(), "no due time while the clock stands still");
        assertEquals(MilestoneStatus.PENDING, waiting.status());
        assertEquals(Duration.ofHours(1), waiting.elapsed());
        assertEquals(List.of(new Pause(rome("2027-03-08T10:00"), null, PauseReason.WAITING_FOR_CUSTOMER)),
                waiting.pauses());

        ticket.customerAnswered("mail", rome("2027-03-09T10:00"));
        ticket.markResolved(OPERATOR, rome("2027-03-09T12:00"));
        Clock resolution = clocks(ticket, rome("2027-03-09T12:00")).of(Milestone.RESOLUTION);

        assertEquals(Duration.ofHours(3), resolution.elapsed(), "Monday 09:00–10:00 and Tuesday 10:00–12:00");
        assertEquals(List.of(new Pause(rome("2027-03-08T10:00"), rome("2027-03-09T10:00"),
                PauseReason.WAITING_FOR_CUSTOMER)), resolution.pauses());
        assertEquals(MilestoneStatus.MET, resolution.status());
        assertEquals(rome("2027-03-11T18:00"), resolution.dueAt(), "24 business hours, a day later for the pause");
    }

    @Test
    void timeAwaitingTheCustomersVerificationDoesNotCount() {
        ServiceTicket ticket = opened(Severity.AVERAGE, rome("2027-03-08T09:00"));
        ticket.takeCharge(OPERATOR, rome("2027-03-08T09:10"));
        ticket.markResolved(OPERATOR, rome("2027-03-08T11:00"));
        ticket.failVerification("Still empty pages", false, OPERATOR, rome("2027-03-09T11:00"));
        ticket.markResolved(OPERATOR, rome("2027-03-09T12:00"));

        Clock resolution = clocks(ticket, rome("2027-03-09T12:00")).of(Milestone.RESOLUTION);

        assertEquals(Duration.ofHours(3), resolution.elapsed());
        assertEquals(List.of(new Pause(rome("2027-03-08T11:00"), rome("2027-03-09T11:00"), PauseReason.VERIFICATION)),
                resolution.pauses());
    }

    @Test
    void aSeverityRaisedMidwayKeepsTheTimeElapsedAndAppliesTheNewTarget() {
        ServiceTicket ticket = opened(Severity.LOW, rome("2027-03-08T09:00"));
        ticket.changeSeverity(Severity.HIGH, OPERATOR, rome("2027-03-08T10:00"));

        Clock takingCharge = clocks(ticket, rome("2027-03-08T10:00")).of(Milestone.TAKING_CHARGE);

        assertEquals(rome("2027-03-08T09:30"), takingCharge.dueAt(), "an hour counted already: High's 30 minutes");
        assertEquals(MilestoneStatus.MISSED, takingCharge.status());
    }

    @Test
    void aSeverityLoweredMidwayCountsOnInTheNewSeveritysMode() {
        ServiceTicket ticket = opened(Severity.HIGH, rome("2027-03-08T09:00"));
        ticket.changeSeverity(Severity.LOW, OPERATOR, rome("2027-03-08T09:20"));

        Clock takingCharge = clocks(ticket, rome("2027-03-08T09:20")).of(Milestone.TAKING_CHARGE);

        // 20 minutes round the clock, then Low's 480 in business hours: 460 more from 09:20.
        assertEquals(rome("2027-03-08T18:00"), takingCharge.dueAt());
        assertEquals(Duration.ofMinutes(480), takingCharge.target());
        assertEquals(ClockMode.BUSINESS_HOURS, takingCharge.mode());
    }

    @Test
    void theResolutionIsSplitBetweenHelpDeskAndProgramming() {
        ServiceTicket ticket = opened(Severity.AVERAGE, rome("2027-03-08T09:00"));
        ticket.takeCharge(OPERATOR, rome("2027-03-08T09:10"));
        ProgrammingTicket fix = new ProgrammingTicket(new TicketNumber(TicketNumber.Series.PROGRAMMING, 2027, 1),
                Severity.AVERAGE, "Empty invoice page", "The report loses its data source.", OPERATOR,
                rome("2027-03-08T11:00"));
        ticket.escalate(fix, OPERATOR, rome("2027-03-08T11:00"));
        fix.start(PROGRAMMER, rome("2027-03-08T12:00"));
        fix.markFixReady(PROGRAMMER, rome("2027-03-09T10:00"));
        fix.recordUpdateSent("5.2.1", LocalDate.of(2027, 3, 9), "download link", MANAGER, rome("2027-03-09T11:00"));

        MilestoneClocks clocks = clocks(ticket, rome("2027-03-09T11:00"));

        assertEquals(Duration.ofHours(10), clocks.of(Milestone.RESOLUTION).elapsed());
        assertEquals(new MilestoneClocks.Split(Duration.ofHours(2), Duration.ofHours(8)), clocks.split(),
                "Monday 09:00–11:00 at the help desk; Monday 11:00 to Tuesday 11:00 in programming");
    }

    @Test
    void theWarningComesAtEightyPercentOfTheTarget() {
        ServiceTicket ticket = opened(Severity.AVERAGE, rome("2027-03-08T09:00"));

        Clock takingCharge = clocks(ticket, rome("2027-03-08T09:00")).of(Milestone.TAKING_CHARGE);

        assertEquals(rome("2027-03-08T10:36"), takingCharge.warnAt(), "96 of 120 minutes");
        assertEquals(rome("2027-03-08T11:00"), takingCharge.dueAt());
    }

    @Test
    void theReadingsKeptOnTheRowGiveTheSameResults() {
        ServiceTicket ticket = opened(Severity.LOW, rome("2027-03-05T18:05"));
        ticket.takeCharge(OPERATOR, rome("2027-03-08T09:30"));
        Instant now = rome("2027-03-09T09:30");
        MilestoneClocks clocks = clocks(ticket, now);
        ticket.recordClocks(clocks);

        for (Milestone milestone : Milestone.values()) {
            assertEquals(clocks.of(milestone).status(), ticket.getClockReadings().status(milestone,
                    MilestoneTargets.defaults(Severity.LOW), now), milestone.name());
        }
        assertEquals(30, ticket.getClockReadings().minutesTo(Milestone.TAKING_CHARGE));
        assertEquals(clocks.of(Milestone.FIRST_FEEDBACK).warnAt(), ticket.getClockReadings().getNextWarningAt());
    }

    private ServiceTicket opened(Severity severity, Instant at) {
        Customer acme = new Customer("ACME", "Acme S.p.A.");
        Contact mario = acme.addContact("Mario Rossi", "mario.rossi@acme.example", null, Locale.ITALIAN, true);
        return new ServiceTicket(TicketNumber.valueOf("HD-2027-000001"), acme, mario, Channel.PHONE,
                RequestKind.SOFTWARE_BUG, severity, "Invoices do not print", "An empty page.", OPERATOR, at);
    }

    private MilestoneClocks clocks(ServiceTicket ticket, Instant now) {
        trail.addAll(ticket.drainChanges());
        return ticket.clocks(trail, MilestoneTargets::defaults, CALENDAR, now);
    }

    private static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ROME).toInstant();
    }
}

package org.helpdesk.application.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.domain.report.MonthlyFigures.Call;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.reports.monthly.MonthlyReport;
import org.junit.jupiter.api.Test;

/** High targets: taking charge 30 minutes, first feedback 60, resolution 480. */
class CallFiguresTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private static Call call(long id, Severity severity, Channel channel, RequestKind kind, ServiceTicketState state,
            Integer takenAfter, Integer feedbackAfter, Integer resolvedAfter) {
        return new Call(id, "HD-2026-" + id, T0, channel, kind, severity, "Subject " + id, state, at(takenAfter),
                at(feedbackAfter), at(resolvedAfter));
    }

    private static Instant at(Integer minutes) {
        return minutes == null ? null : T0.plusSeconds(60L * minutes);
    }

    private static Map<Severity, MilestoneTargets> defaults() {
        Map<Severity, MilestoneTargets> targets = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            targets.put(severity, MilestoneTargets.defaults(severity));
        }
        return targets;
    }

    @Test
    void everySeverityHasALineWithItsCallsByKindAndChannelClosedAndOpen() {
        List<Call> calls = List.of(
                call(1, Severity.HIGH, Channel.PHONE, RequestKind.HARDWARE, ServiceTicketState.CLOSED, 5, 10, 20),
                call(2, Severity.HIGH, Channel.PHONE, RequestKind.SOFTWARE_BUG, ServiceTicketState.NEW, null, null,
                        null),
                call(3, Severity.HIGH, Channel.EMAIL, RequestKind.HARDWARE, ServiceTicketState.VERIFIED, 1, 2, 3),
                call(4, Severity.LOW, Channel.WEB, RequestKind.HARDWARE, ServiceTicketState.CLOSED, 1, 2, 3));

        List<MonthlyReport.SeverityLine> lines = CallFigures.bySeverity(calls);

        assertEquals(List.of("HIGH", "AVERAGE", "LOW", "SECONDARY"),
                lines.stream().map(MonthlyReport.SeverityLine::severity).toList());
        MonthlyReport.SeverityLine high = lines.get(0);
        assertEquals(3, high.received());
        assertEquals(Map.of("HARDWARE", 2, "SOFTWARE_BUG", 1), high.byKind());
        assertEquals(Map.of("PHONE", 2, "EMAIL", 1), high.byChannel());
        assertEquals(1, high.closed());
        assertEquals(2, high.open());
        assertEquals(new MonthlyReport.SeverityLine("AVERAGE", 0, Map.of(), Map.of(), 0, 0), lines.get(1));
        assertEquals(1, lines.get(2).closed());
    }

    @Test
    void aMilestoneLineCountsTheCallsThatReachedItWithTheirMedianAndNinetiethPercentile() {
        List<Call> calls = new ArrayList<>();
        // Taken in charge after 10, 20, ... 100 minutes; one call not taken in charge yet.
        for (int i = 1; i <= 10; i++) {
            calls.add(call(i, Severity.HIGH, Channel.PHONE, RequestKind.HARDWARE, ServiceTicketState.TAKEN_IN_CHARGE,
                    10 * i, null, null));
        }
        calls.add(call(11, Severity.HIGH, Channel.PHONE, RequestKind.HARDWARE, ServiceTicketState.NEW, null, null,
                null));

        List<MonthlyReport.MilestoneLine> lines = CallFigures.byMilestone(calls, defaults());

        assertEquals(3 * 4, lines.size());
        MonthlyReport.MilestoneLine takingCharge = lines.get(0);
        assertEquals("TAKING_CHARGE", takingCharge.milestone());
        assertEquals("HIGH", takingCharge.severity());
        assertEquals(10, takingCharge.reached());
        assertEquals(50L, takingCharge.medianMinutes());
        assertEquals(90L, takingCharge.p90Minutes());
        assertEquals(3, takingCharge.withinTarget(), "10, 20 and 30 minutes are within the 30 of High");
        MonthlyReport.MilestoneLine feedback = lines.get(4);
        assertEquals("FIRST_FEEDBACK", feedback.milestone());
        assertEquals(0, feedback.reached());
        assertNull(feedback.medianMinutes());
        assertNull(feedback.p90Minutes());
    }

    @Test
    void theCallsKeepTheirOrderWithTheirMilestoneMinutesAndTheMinutesSpentOnThem() {
        List<Call> calls = List.of(
                call(7, Severity.AVERAGE, Channel.CHAT, RequestKind.SOFTWARE_NEW_REQUEST, ServiceTicketState.CLOSED,
                        15, 45, 600),
                call(3, Severity.LOW, Channel.PHONE, RequestKind.HARDWARE, ServiceTicketState.NEW, null, null, null));

        List<MonthlyReport.Call> lines = CallFigures.calls(calls, Map.of(7L, 95L));

        assertEquals(new MonthlyReport.Call("HD-2026-7", T0, "CHAT", "SOFTWARE_NEW_REQUEST", "AVERAGE", "Subject 7",
                "CLOSED", 15L, 45L, 600L, 95L), lines.get(0));
        assertEquals(new MonthlyReport.Call("HD-2026-3", T0, "PHONE", "HARDWARE", "LOW", "Subject 3", "NEW", null,
                null, null, 0L), lines.get(1));
    }

    @Test
    void thePercentileIsTheNearestRank() {
        assertNull(CallFigures.percentile(List.of(), 50));
        assertEquals(7L, CallFigures.percentile(List.of(7L), 90));
        assertEquals(2L, CallFigures.percentile(List.of(1L, 2L, 3L, 4L), 50));
        assertEquals(4L, CallFigures.percentile(List.of(1L, 2L, 3L, 4L), 90));
    }

    @Test
    void aCallsMilestoneTimeIsWhatItsClockCountedNotTheTimeElapsed() {
        // Opened on Friday evening, taken in charge on Monday morning: 30 business minutes, not 63 hours.
        Call friday = new Call(1, "HD-2026-1", T0, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, "Printer",
                ServiceTicketState.TAKEN_IN_CHARGE, at(63 * 60), null, null, 30, null, null, null, null);

        List<MonthlyReport.MilestoneLine> lines = CallFigures.byMilestone(List.of(friday), defaults());

        MonthlyReport.MilestoneLine low = lines.get(2);
        assertEquals("LOW", low.severity());
        assertEquals(30L, low.medianMinutes());
        assertEquals(1, low.withinTarget());
    }

    @Test
    void theResolutionSplitAddsUpEachSeveritysResolvedCallsByLevel() {
        List<Call> calls = List.of(
                new Call(1, "HD-2026-1", T0, Channel.PHONE, RequestKind.SOFTWARE_BUG, Severity.AVERAGE, "A",
                        ServiceTicketState.CLOSED, at(5), at(10), at(600), 5, 10, 500, 100, 400),
                new Call(2, "HD-2026-2", T0, Channel.PHONE, RequestKind.HARDWARE, Severity.AVERAGE, "B",
                        ServiceTicketState.AWAITING_VERIFICATION, at(5), at(10), at(60), 5, 10, 60, 60, 0),
                new Call(3, "HD-2026-3", T0, Channel.PHONE, RequestKind.HARDWARE, Severity.HIGH, "C",
                        ServiceTicketState.TAKEN_IN_CHARGE, at(5), null, null, 5, null, null, null, null));

        assertEquals(List.of(new MonthlyReport.SplitLine("AVERAGE", 2, 160, 400)),
                CallFigures.resolutionSplit(calls));
    }

    @Test
    void theTrendCountsEachOfTheLastMonthsInTheHelpDesksTimeZone() {
        // 00:30 on 1 March in Rome is still 28 February in UTC: the call is March's.
        Instant firstOfMarch = Instant.parse("2026-02-28T23:30:00Z");
        List<Call> calls = List.of(
                new Call(1, "HD-2026-1", firstOfMarch, Channel.PHONE, RequestKind.HARDWARE, Severity.HIGH, "A",
                        ServiceTicketState.CLOSED, firstOfMarch.plusSeconds(600), null, null),
                new Call(2, "HD-2026-2", Instant.parse("2026-02-10T09:00:00Z"), Channel.PHONE, RequestKind.HARDWARE,
                        Severity.HIGH, "B", ServiceTicketState.NEW, Instant.parse("2026-02-10T10:30:00Z"), null,
                        null));
        List<org.helpdesk.domain.report.MonthlyFigures.ProgrammingWork> programming = List.of(
                new org.helpdesk.domain.report.MonthlyFigures.ProgrammingWork("PR-2026-1", "Fix", Severity.HIGH,
                        org.helpdesk.domain.ticket.ProgrammingTicketState.CLOSED, null, null, null, null,
                        Instant.parse("2026-01-20T10:00:00Z"), Instant.parse("2026-03-05T10:00:00Z")));

        List<MonthlyReport.MonthSummary> trend = CallFigures.trend(java.time.YearMonth.of(2026, 3), 3, calls,
                defaults(), Map.of(java.time.YearMonth.of(2026, 2), 4.5),
                Map.of(java.time.YearMonth.of(2026, 3), 90L), programming);

        assertEquals(List.of(java.time.YearMonth.of(2026, 1), java.time.YearMonth.of(2026, 2),
                java.time.YearMonth.of(2026, 3)), trend.stream().map(MonthlyReport.MonthSummary::month).toList());
        // January: nothing but the programming ticket opened and still open at its end.
        assertEquals(new MonthlyReport.MonthSummary(java.time.YearMonth.of(2026, 1), 0, 0, 0, 0, null, 0, 1),
                trend.get(0));
        // February: one call taken in charge after 90 minutes (High's target is 30: not within), scored 4.5.
        assertEquals(new MonthlyReport.MonthSummary(java.time.YearMonth.of(2026, 2), 1, 0, 1, 0, 4.5, 0, 1),
                trend.get(1));
        // March: one call closed, taken in charge within target; the programming ticket closed on the 5th.
        assertEquals(new MonthlyReport.MonthSummary(java.time.YearMonth.of(2026, 3), 1, 1, 1, 1, null, 90, 0),
                trend.get(2));
    }
}

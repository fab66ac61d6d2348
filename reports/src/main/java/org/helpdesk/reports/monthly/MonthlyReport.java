package org.helpdesk.reports.monthly;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one customer's monthly call report shows, as plain values: the EJB module gathers it, this module
 * lays it out. Codes (severity, channel, kind, state, level) are the enum names of the domain; the renderer
 * translates them.
 *
 * @param language the customer's language: Italian or English
 * @param severities one line per severity, High first, even when it had no calls
 * @param milestones one line per milestone and severity
 * @param calls every call opened in the month, oldest first
 * @param clockModes severity code to how its clocks count ({@code BUSINESS_HOURS} or {@code ROUND_THE_CLOCK}); empty
 *        for plain elapsed time
 * @param resolutionSplit one line per severity with resolved calls: their resolution time by level
 * @param trend the month at a glance for the last six months, oldest first, this month last (empty: the first page
 *        shows this month's figures only, taken from the rest of the report)
 * @param openProgramming the programming tickets for the customer's calls still open at the end of the month, with
 *        their plan
 */
public record MonthlyReport(String customerCode, String customerName, Locale language, YearMonth month,
        LocalDate issuedOn, List<SeverityLine> severities, List<MilestoneLine> milestones,
        List<ProgrammingLine> programming, Satisfaction satisfaction, long helpDeskMinutes, long programmingMinutes,
        List<Call> calls, Map<String, String> clockModes, List<SplitLine> resolutionSplit, List<MonthSummary> trend,
        List<ProgrammingLine> openProgramming) {

    public MonthlyReport {
        severities = List.copyOf(severities);
        milestones = List.copyOf(milestones);
        programming = List.copyOf(programming);
        calls = List.copyOf(calls);
        clockModes = Map.copyOf(clockModes);
        resolutionSplit = List.copyOf(resolutionSplit);
        trend = List.copyOf(trend);
        openProgramming = List.copyOf(openProgramming);
    }

    /** A report without the six months' trend: the first page shows this month's figures only. */
    public MonthlyReport(String customerCode, String customerName, Locale language, YearMonth month,
            LocalDate issuedOn, List<SeverityLine> severities, List<MilestoneLine> milestones,
            List<ProgrammingLine> programming, Satisfaction satisfaction, long helpDeskMinutes,
            long programmingMinutes, List<Call> calls, Map<String, String> clockModes, List<SplitLine> resolutionSplit) {
        this(customerCode, customerName, language, month, issuedOn, severities, milestones, programming, satisfaction,
                helpDeskMinutes, programmingMinutes, calls, clockModes, resolutionSplit, List.of(), List.of());
    }

    /** A report without clock modes nor resolution split: milestone times as plain elapsed time. */
    public MonthlyReport(String customerCode, String customerName, Locale language, YearMonth month,
            LocalDate issuedOn, List<SeverityLine> severities, List<MilestoneLine> milestones,
            List<ProgrammingLine> programming, Satisfaction satisfaction, long helpDeskMinutes,
            long programmingMinutes, List<Call> calls) {
        this(customerCode, customerName, language, month, issuedOn, severities, milestones, programming, satisfaction,
                helpDeskMinutes, programmingMinutes, calls, Map.of(), List.of());
    }

    /**
     * One month at a glance, as the first page compares it with the month before and the last six months.
     *
     * @param received calls opened in the month
     * @param closed of those, the calls closed by now
     * @param milestonesReached milestones those calls reached (all three, every severity)
     * @param milestonesWithinTarget of those, the ones reached within their target
     * @param satisfaction the average score (1 to 5) of the questionnaires sent in the month and answered; null for
     *        none
     * @param minutesSpent the minutes of the time entries dated in the month, both levels
     * @param programmingOpen programming tickets for the customer's calls open at the end of the month
     */
    public record MonthSummary(YearMonth month, int received, int closed, int milestonesReached,
            int milestonesWithinTarget, Double satisfaction, long minutesSpent, int programmingOpen) {
    }

    /**
     * The resolution time of one severity's calls resolved, by level: minutes in the help desk's hands and in
     * programming's (while a programming ticket was open), as the clocks count them.
     */
    public record SplitLine(String severity, int resolved, long helpDeskMinutes, long programmingMinutes) {
    }

    /** The severity summary: calls received, by kind and by channel (code to count), closed and still open. */
    public record SeverityLine(String severity, int received, Map<String, Integer> byKind,
            Map<String, Integer> byChannel, int closed, int open) {
    }

    /**
     * One milestone of one severity: of the calls that reached it, the median and 90th percentile of the time
     * taken, in minutes (null when none reached it), and how many were within the target.
     */
    public record MilestoneLine(String milestone, String severity, int reached, Long medianMinutes,
            Long p90Minutes, int withinTarget) {
    }

    /** A programming ticket opened for the customer's calls. */
    public record ProgrammingLine(String number, String title, String urgency, String state, LocalDate plannedDate,
            String plannedRelease, String updateVersion, LocalDate updateSentOn) {
    }

    /**
     * Questionnaires sent and answered, the average score per question and overall, per severity (1 to 5).
     *
     * @param questions the questions in the customer's language, in order
     * @param averages severity code, or {@code ALL}, to one average per question (null where none answered)
     * @param overall severity code, or {@code ALL}, to the overall average (null where none answered)
     */
    public record Satisfaction(int sent, int answered, List<String> questions, Map<String, List<Double>> averages,
            Map<String, Double> overall) {

        public static Satisfaction none() {
            return new Satisfaction(0, 0, List.of(), Map.of(), Map.of());
        }
    }

    /** One call of the month; milestone times in minutes from opening, null when not reached. */
    public record Call(String number, Instant openedAt, String channel, String kind, String severity,
            String subject, String state, Long takingChargeMinutes, Long firstFeedbackMinutes,
            Long resolutionMinutes, long minutesSpent) {
    }
}

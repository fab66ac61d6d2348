package org.helpdesk.application.report.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.application.report.MonthlyReports;
import org.helpdesk.application.survey.SatisfactionSurveys;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.report.MonthlyFigures;
import org.helpdesk.domain.survey.SurveyResults;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.reports.monthly.MonthlyReport;

/**
 * Gathers the figures of a customer's monthly call report from the database, for the report service (one customer
 * on request) and for the monthly report run of the batch module (every customer). It checks no role: its callers
 * do. Runs in the caller's transaction. The month is the help desk's ({@link HelpDeskCalendar}): the calls opened from
 * its first midnight in the help desk's time zone to the next month's, the hours of the entries dated in it. The
 * first page's trend covers the {@value #TREND_MONTHS} months up to the report's: their calls are read in the same
 * query as the month's, their hours in the same query as the month's hours.
 */
@ApplicationScoped
public class MonthlyReportAssembler implements MonthlyReports {

    static final int TREND_MONTHS = 6;

    @Inject
    private Customers customers;

    @Inject
    private MonthlyFigures figures;

    @Inject
    private MilestoneTargetSettings settings;

    @Inject
    private SatisfactionSurveys surveys;

    @Inject
    private SurveyResults surveyResults;

    @Override
    public Optional<MonthlyReport> assemble(long customerId, YearMonth month, Instant now) {
        return customers.byId(customerId).map(c -> assemble(c, month, now));
    }

    public MonthlyReport assemble(Customer customer, YearMonth month, Instant now) {
        Instant start = HelpDeskCalendar.startOf(month);
        Instant end = HelpDeskCalendar.endOf(month);
        YearMonth first = month.minusMonths(TREND_MONTHS - 1L);
        Instant trendStart = HelpDeskCalendar.startOf(first);
        long id = customer.getId();
        List<MonthlyFigures.Call> trendCalls = figures.calls(id, trendStart, end);
        List<MonthlyFigures.Call> calls = trendCalls.stream().filter(c -> !c.openedAt().isBefore(start)).toList();
        Map<Long, Long> minutesByCall = figures.minutesByCall(id, start, end);
        Map<YearMonth, Long> minutesByMonth = new HashMap<>();
        Map<WorkLevel, Long> byLevel = new EnumMap<>(WorkLevel.class);
        for (MonthlyFigures.MonthMinutes m : figures.minutesByMonth(id, first.atDay(1), month.atEndOfMonth())) {
            minutesByMonth.merge(m.month(), m.minutes(), Long::sum);
            if (m.month().equals(month)) {
                byLevel.merge(m.level(), m.minutes(), Long::sum);
            }
        }
        Map<Severity, MilestoneTargets> targets = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            targets.put(severity, settings.of(severity));
        }
        List<MonthlyReport.ProgrammingLine> programming = figures.programmingWork(id, start, end).stream()
                .map(MonthlyReportAssembler::line).toList();
        List<MonthlyFigures.ProgrammingWork> open = figures.programmingOpenBetween(id, trendStart, end);
        Locale language = language(customer);
        MonthlyReport.Satisfaction satisfaction = surveys.of(customer.getCode(), month, language);
        Map<YearMonth, Double> scores = scores(customer.getCode(), trendStart, start);
        if (satisfaction.overall().get("ALL") != null) {
            scores.put(month, satisfaction.overall().get("ALL"));
        }
        return new MonthlyReport(customer.getCode(), customer.getName(), language, month,
                HelpDeskCalendar.dateOf(now), CallFigures.bySeverity(calls), CallFigures.byMilestone(calls, targets),
                programming, satisfaction,
                byLevel.getOrDefault(WorkLevel.HELP_DESK, 0L), byLevel.getOrDefault(WorkLevel.PROGRAMMING, 0L),
                CallFigures.calls(calls, minutesByCall), clockModes(targets), CallFigures.resolutionSplit(calls),
                CallFigures.trend(month, TREND_MONTHS, trendCalls, targets, scores, minutesByMonth, open),
                open.stream().filter(p -> p.openAt(end)).map(MonthlyReportAssembler::line).toList());
    }

    private static MonthlyReport.ProgrammingLine line(MonthlyFigures.ProgrammingWork p) {
        return new MonthlyReport.ProgrammingLine(p.number(), p.title(), p.urgency().name(), p.state().name(),
                p.plannedDate(), p.plannedRelease(), p.updateVersion(), p.updateSentOn());
    }

    /**
     * @return each month's average score of the questionnaires sent from {@code from} to {@code to} and answered
     *         (the mean of each answer's scores, as the satisfaction results count it)
     */
    private Map<YearMonth, Double> scores(String customer, Instant from, Instant to) {
        Map<YearMonth, double[]> sums = new HashMap<>();
        for (SurveyResults.Sent sent : surveyResults.sentTo(customer, from, to)) {
            if (sent.scores() != null) {
                double[] sum = sums.computeIfAbsent(HelpDeskCalendar.monthOf(sent.sentAt()), m -> new double[2]);
                sum[0] += sent.scores().mean();
                sum[1]++;
            }
        }
        Map<YearMonth, Double> scores = new HashMap<>();
        sums.forEach((m, sum) -> scores.put(m, sum[0] / sum[1]));
        return scores;
    }

    private static Map<String, String> clockModes(Map<Severity, MilestoneTargets> targets) {
        Map<String, String> modes = new LinkedHashMap<>();
        targets.forEach((severity, t) -> modes.put(severity.name(), t.getClockMode().name()));
        return modes;
    }

    /** The language of the contact who receives the report, else of the first contact, else English. */
    public static Locale language(Customer customer) {
        List<Contact> contacts = customer.monthlyReportRecipients().isEmpty() ? customer.getContacts()
                : customer.monthlyReportRecipients();
        return contacts.isEmpty() ? Locale.ENGLISH : contacts.get(0).getLanguage();
    }
}

package org.helpdesk.application.report.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
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
 * its first midnight in the help desk's time zone to the next month's, the hours of the entries dated in it.
 */
@ApplicationScoped
public class MonthlyReportAssembler implements MonthlyReports {

    @Inject
    private Customers customers;

    @Inject
    private MonthlyFigures figures;

    @Inject
    private MilestoneTargetSettings settings;

    @Inject
    private SatisfactionSurveys surveys;

    @Override
    public Optional<MonthlyReport> assemble(long customerId, YearMonth month, Instant now) {
        return customers.byId(customerId).map(c -> assemble(c, month, now));
    }

    public MonthlyReport assemble(Customer customer, YearMonth month, Instant now) {
        Instant start = HelpDeskCalendar.startOf(month);
        Instant end = HelpDeskCalendar.endOf(month);
        long id = customer.getId();
        List<MonthlyFigures.Call> calls = figures.calls(id, start, end);
        Map<Long, Long> minutesByCall = figures.minutesByCall(id, start, end);
        Map<WorkLevel, Long> byLevel = figures.minutesByLevel(id, month.atDay(1), month.atEndOfMonth());
        Map<Severity, MilestoneTargets> targets = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            targets.put(severity, settings.of(severity));
        }
        List<MonthlyReport.ProgrammingLine> programming = figures.programmingWork(id, start, end).stream()
                .map(p -> new MonthlyReport.ProgrammingLine(p.number(), p.title(), p.urgency().name(),
                        p.state().name(), p.plannedDate(), p.plannedRelease(), p.updateVersion(), p.updateSentOn()))
                .toList();
        return new MonthlyReport(customer.getCode(), customer.getName(), language(customer), month,
                HelpDeskCalendar.dateOf(now), CallFigures.bySeverity(calls), CallFigures.byMilestone(calls, targets),
                programming, surveys.of(customer.getCode(), month, language(customer)),
                byLevel.getOrDefault(WorkLevel.HELP_DESK, 0L), byLevel.getOrDefault(WorkLevel.PROGRAMMING, 0L),
                CallFigures.calls(calls, minutesByCall), clockModes(targets), CallFigures.resolutionSplit(calls));
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

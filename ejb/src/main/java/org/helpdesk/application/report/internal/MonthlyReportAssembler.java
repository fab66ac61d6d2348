package org.helpdesk.application.report.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.application.survey.SatisfactionSurveys;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.application.report.MonthlyReports;
import org.helpdesk.reports.monthly.MonthlyReport;

/**
 * Gathers the figures of a customer's monthly call report from the database, for the report service (one customer
 * on request) and for the monthly report run of the batch module (every customer). It checks no role: its callers
 * do.
 */
@ApplicationScoped
public class MonthlyReportAssembler implements MonthlyReports {

    static final ZoneId ZONE = DefaultReportService.ZONE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SatisfactionSurveys surveys;

    @Override
    public Optional<MonthlyReport> assemble(long customerId, YearMonth month, Instant now) {
        return Optional.ofNullable(em.find(Customer.class, customerId)).map(c -> assemble(c, month, now));
    }

    public MonthlyReport assemble(Customer customer, YearMonth month, Instant now) {
        Instant start = month.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        // Rows, not entities: the monthly run assembles thousands of reports, and entities would fill the persistence
        // context of its chunk, which Hibernate then checks before every query. Nothing here writes, so no query
        // needs the automatic flush either.
        List<CallRow> tickets = read("select t.id, t.number, t.openedAt, t.channel, t.kind, t.severity, t.subject,"
                + " t.state, t.takenInChargeAt, t.firstFeedbackAt, t.resolvedAt from ServiceTicket t"
                + " where t.customer = :c and t.openedAt >= :start and t.openedAt < :end order by t.openedAt, t.id")
                .setParameter("c", customer).setParameter("start", start).setParameter("end", end).getResultList()
                .stream().map(CallRow::of).toList();
        Map<Long, Long> minutesByTicket = new HashMap<>();
        for (Object[] row : read("select e.serviceTicket.id, sum(e.minutes) from TimeEntry e"
                + " where e.serviceTicket.customer = :c and e.serviceTicket.openedAt >= :start"
                + " and e.serviceTicket.openedAt < :end group by e.serviceTicket.id")
                .setParameter("c", customer).setParameter("start", start).setParameter("end", end).getResultList()) {
            minutesByTicket.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<WorkLevel, Long> byLevel = new EnumMap<>(WorkLevel.class);
        for (Object[] row : read("select e.level, sum(e.minutes) from TimeEntry e"
                + " where e.serviceTicket.customer = :c and e.workDate >= :from and e.workDate <= :to"
                + " group by e.level")
                .setParameter("c", customer).setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth()).getResultList()) {
            byLevel.put((WorkLevel) row[0], ((Number) row[1]).longValue());
        }
        Map<Severity, MilestoneTargets> targets = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            MilestoneTargets t = em.find(MilestoneTargets.class, severity.name());
            targets.put(severity, t == null ? MilestoneTargets.defaults(severity) : t);
        }

        List<MonthlyReport.SeverityLine> severities = new ArrayList<>();
        List<MonthlyReport.MilestoneLine> milestones = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            List<CallRow> of = tickets.stream().filter(t -> t.severity() == severity).toList();
            Map<String, Integer> byKind = new HashMap<>();
            Map<String, Integer> byChannel = new HashMap<>();
            int closed = 0;
            for (CallRow t : of) {
                byKind.merge(t.kind().name(), 1, Integer::sum);
                byChannel.merge(t.channel().name(), 1, Integer::sum);
                closed += t.state() == ServiceTicketState.CLOSED ? 1 : 0;
            }
            severities.add(new MonthlyReport.SeverityLine(severity.name(), of.size(), byKind, byChannel, closed,
                    of.size() - closed));
        }
        for (Milestone milestone : Milestone.values()) {
            for (Severity severity : Severity.values()) {
                long target = targets.get(severity).target(milestone).toMinutes();
                List<Long> times = new ArrayList<>();
                for (CallRow t : tickets) {
                    if (t.severity() == severity) {
                        Long minutes = t.minutesTo(milestone);
                        if (minutes != null) {
                            times.add(minutes);
                        }
                    }
                }
                times.sort(null);
                int within = (int) times.stream().filter(m -> m <= target).count();
                milestones.add(new MonthlyReport.MilestoneLine(milestone.name(), severity.name(), times.size(),
                        percentile(times, 50), percentile(times, 90), within));
            }
        }
        List<MonthlyReport.ProgrammingLine> programming = read("select distinct p.number, p.title, p.urgency,"
                + " p.state, p.plannedDate, p.plannedRelease, p.updateVersion, p.updateSentOn from ServiceTicket t"
                + " join t.programmingTickets p where t.customer = :c and p.openedAt >= :start and p.openedAt < :end"
                + " order by p.number").setParameter("c", customer).setParameter("start", start)
                .setParameter("end", end).getResultList().stream()
                .map(p -> new MonthlyReport.ProgrammingLine((String) p[0], (String) p[1], ((Severity) p[2]).name(),
                        ((Enum<?>) p[3]).name(), (LocalDate) p[4], (String) p[5], (String) p[6], (LocalDate) p[7]))
                .toList();
        List<MonthlyReport.Call> calls = new ArrayList<>(tickets.size());
        for (CallRow t : tickets) {
            calls.add(new MonthlyReport.Call(t.number(), t.openedAt(), t.channel().name(), t.kind().name(),
                    t.severity().name(), t.subject(), t.state().name(), t.minutesTo(Milestone.TAKING_CHARGE),
                    t.minutesTo(Milestone.FIRST_FEEDBACK), t.minutesTo(Milestone.RESOLUTION),
                    minutesByTicket.getOrDefault(t.id(), 0L)));
        }
        return new MonthlyReport(customer.getCode(), customer.getName(), language(customer), month,
                now.atZone(ZONE).toLocalDate(), severities, milestones, programming,
                surveys.of(customer.getCode(), month, language(customer)),
                byLevel.getOrDefault(WorkLevel.HELP_DESK, 0L), byLevel.getOrDefault(WorkLevel.PROGRAMMING, 0L), calls);
    }

    /** A read-only query of rows that does not flush the persistence context first. */
    private TypedQuery<Object[]> read(String jpql) {
        return em.createQuery(jpql, Object[].class).setFlushMode(FlushModeType.COMMIT);
    }

    /** One call of the month, as the report needs it: the columns of {@link ServiceTicket} it reads. */
    private record CallRow(long id, String number, Instant openedAt, Channel channel, RequestKind kind,
            Severity severity, String subject, ServiceTicketState state, Instant takenInChargeAt,
            Instant firstFeedbackAt, Instant resolvedAt) {

        static CallRow of(Object[] r) {
            return new CallRow((Long) r[0], (String) r[1], (Instant) r[2], (Channel) r[3], (RequestKind) r[4],
                    (Severity) r[5], (String) r[6], (ServiceTicketState) r[7], (Instant) r[8], (Instant) r[9],
                    (Instant) r[10]);
        }

        /** @return minutes from the opening to the milestone, as {@link ServiceTicket#reachedAt}; null if not reached */
        Long minutesTo(Milestone milestone) {
            Instant at = ServiceTicket.reachedAt(milestone, takenInChargeAt, firstFeedbackAt, resolvedAt);
            return at == null ? null : minutes(openedAt, at);
        }
    }

    /** The language of the contact who receives the report, else of the first contact, else English. */
    public static Locale language(Customer customer) {
        List<Contact> contacts = customer.monthlyReportRecipients().isEmpty() ? customer.getContacts()
                : customer.monthlyReportRecipients();
        return contacts.isEmpty() ? Locale.ENGLISH : contacts.get(0).getLanguage();
    }

    private static long minutes(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes();
    }

    /** Nearest-rank percentile of sorted values; null for none. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}

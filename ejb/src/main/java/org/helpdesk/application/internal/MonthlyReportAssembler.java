package org.helpdesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.application.SatisfactionSurveys;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.reports.monthly.MonthlyReport;

/**
 * Gathers the figures of a customer's monthly call report from the database, for the report service (one customer
 * on request) and for the monthly report run of the batch module (every customer). It checks no role: its callers
 * do. Needs a transaction (it reads lazily loaded milestones and links).
 */
@ApplicationScoped
public class MonthlyReportAssembler {

    static final ZoneId ZONE = DefaultReportService.ZONE;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SatisfactionSurveys surveys;

    /** @return the report of the customer with this id, or empty if there is no such customer */
    public Optional<MonthlyReport> assemble(long customerId, YearMonth month, Instant now) {
        return Optional.ofNullable(em.find(Customer.class, customerId)).map(c -> assemble(c, month, now));
    }

    MonthlyReport assemble(Customer customer, YearMonth month, Instant now) {
        String code = customer.getCode();
        Instant start = month.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        List<ServiceTicket> tickets = em.createQuery("select t from ServiceTicket t where t.customer = :c"
                + " and t.openedAt >= :start and t.openedAt < :end order by t.openedAt, t.id", ServiceTicket.class)
                .setParameter("c", customer).setParameter("start", start).setParameter("end", end).getResultList();
        Map<Long, Long> minutesByTicket = new HashMap<>();
        for (Object[] row : em.createQuery("select e.serviceTicket.id, sum(e.minutes) from TimeEntry e"
                + " where e.serviceTicket.customer = :c and e.serviceTicket.openedAt >= :start"
                + " and e.serviceTicket.openedAt < :end group by e.serviceTicket.id", Object[].class)
                .setParameter("c", customer).setParameter("start", start).setParameter("end", end).getResultList()) {
            minutesByTicket.put((Long) row[0], ((Number) row[1]).longValue());
        }
        Map<WorkLevel, Long> byLevel = new EnumMap<>(WorkLevel.class);
        for (Object[] row : em.createQuery("select e.level, sum(e.minutes) from TimeEntry e"
                + " where e.serviceTicket.customer = :c and e.workDate >= :from and e.workDate <= :to"
                + " group by e.level", Object[].class)
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
            List<ServiceTicket> of = tickets.stream().filter(t -> t.getSeverity() == severity).toList();
            Map<String, Integer> byKind = new HashMap<>();
            Map<String, Integer> byChannel = new HashMap<>();
            int closed = 0;
            for (ServiceTicket t : of) {
                byKind.merge(t.getKind().name(), 1, Integer::sum);
                byChannel.merge(t.getChannel().name(), 1, Integer::sum);
                closed += t.getState() == ServiceTicketState.CLOSED ? 1 : 0;
            }
            severities.add(new MonthlyReport.SeverityLine(severity.name(), of.size(), byKind, byChannel, closed,
                    of.size() - closed));
        }
        for (Milestone milestone : Milestone.values()) {
            for (Severity severity : Severity.values()) {
                long target = targets.get(severity).target(milestone).toMinutes();
                List<Long> times = new ArrayList<>();
                for (ServiceTicket t : tickets) {
                    if (t.getSeverity() == severity) {
                        t.reachedAt(milestone).ifPresent(at -> times.add(minutes(t.getOpenedAt(), at)));
                    }
                }
                times.sort(null);
                int within = (int) times.stream().filter(m -> m <= target).count();
                milestones.add(new MonthlyReport.MilestoneLine(milestone.name(), severity.name(), times.size(),
                        percentile(times, 50), percentile(times, 90), within));
            }
        }
        List<MonthlyReport.ProgrammingLine> programming = em.createQuery("select distinct p from ServiceTicket t"
                + " join t.programmingTickets p where t.customer = :c and p.openedAt >= :start and p.openedAt < :end",
                ProgrammingTicket.class).setParameter("c", customer).setParameter("start", start)
                .setParameter("end", end).getResultList().stream()
                .sorted((a, b) -> a.getNumber().compareTo(b.getNumber()))
                .map(p -> new MonthlyReport.ProgrammingLine(p.getNumber(), p.getTitle(), p.getUrgency().name(),
                        p.getState().name(), p.getPlannedDate(), p.getPlannedRelease(), p.getUpdateVersion(),
                        p.getUpdateSentOn()))
                .toList();
        List<MonthlyReport.Call> calls = new ArrayList<>(tickets.size());
        for (ServiceTicket t : tickets) {
            calls.add(new MonthlyReport.Call(t.getNumber(), t.getOpenedAt(), t.getChannel().name(), t.getKind().name(),
                    t.getSeverity().name(), t.getSubject(), t.getState().name(),
                    reached(t, Milestone.TAKING_CHARGE), reached(t, Milestone.FIRST_FEEDBACK),
                    reached(t, Milestone.RESOLUTION), minutesByTicket.getOrDefault(t.getId(), 0L)));
        }
        return new MonthlyReport(customer.getCode(), customer.getName(), language(customer), month,
                now.atZone(ZONE).toLocalDate(), severities, milestones, programming,
                surveys.of(code, month, language(customer)),
                byLevel.getOrDefault(WorkLevel.HELP_DESK, 0L), byLevel.getOrDefault(WorkLevel.PROGRAMMING, 0L), calls);
    }

    /** The language of the contact who receives the report, else of the first contact, else English. */
    static Locale language(Customer customer) {
        List<Contact> contacts = customer.monthlyReportRecipients().isEmpty() ? customer.getContacts()
                : customer.monthlyReportRecipients();
        return contacts.isEmpty() ? Locale.ENGLISH : contacts.get(0).getLanguage();
    }

    private static Long reached(ServiceTicket t, Milestone milestone) {
        return t.reachedAt(milestone).map(at -> minutes(t.getOpenedAt(), at)).orElse(null);
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

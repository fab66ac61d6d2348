package org.helpdesk.infrastructure.persistence;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.helpdesk.application.TicketFilter;
import org.helpdesk.application.TicketViews.Hours;
import org.helpdesk.application.TicketViews.Page;
import org.helpdesk.application.TicketViews.ProgrammingTicketSummary;
import org.helpdesk.application.TicketViews.ServiceTicketSummary;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TimeEntry;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * Every query on tickets, customers and staff the services need, with JPQL and the Criteria API only (parameters
 * bound, never concatenated). Runs in the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TicketRepository {

    @PersistenceContext
    private EntityManager em;

    public Optional<ServiceTicket> serviceTicket(String number) {
        return em.createQuery("select t from ServiceTicket t join fetch t.customer where t.number = :number",
                ServiceTicket.class).setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<ProgrammingTicket> programmingTicket(String number) {
        return em.createQuery("select t from ProgrammingTicket t where t.number = :number", ProgrammingTicket.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Customer> customer(String code) {
        // The code is the customer's natural id: after the first lookup it comes from the second-level cache.
        return em.unwrap(Session.class).bySimpleNaturalId(Customer.class).loadOptional(code);
    }

    public Optional<Contact> contact(long id) {
        return Optional.ofNullable(em.find(Contact.class, id));
    }

    public Optional<TimeEntry> timeEntry(long id) {
        return Optional.ofNullable(em.find(TimeEntry.class, id));
    }

    public Optional<StaffUser> staff(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    /** Active programming managers and the active programmers on duty: told at once of a blocking problem. */
    public List<StaffUser> blockingProblemRecipients() {
        return em.createQuery("select distinct u from StaffUser u join u.roles r where u.active = true"
                + " and (r = :manager or (r = :programmer and u.onDuty = true)) order by u.username", StaffUser.class)
                .setParameter("manager", Role.PROGRAMMING_MANAGER)
                .setParameter("programmer", Role.PROGRAMMER)
                .getResultList();
    }

    public MilestoneTargets targets(Severity severity) {
        MilestoneTargets targets = em.find(MilestoneTargets.class, severity.name());
        return targets != null ? targets : MilestoneTargets.defaults(severity);
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    /** Writes pending changes now, so a concurrent edit shows up here rather than at commit. */
    public void flush() {
        em.flush();
    }

    public String nextServiceTicketNumber(int year) {
        return ServiceTicket.formatNumber(year, nextValue("service_ticket_number_seq"));
    }

    public String nextProgrammingTicketNumber(int year) {
        return ProgrammingTicket.formatNumber(year, nextValue("programming_ticket_number_seq"));
    }

    private long nextValue(String sequence) {
        // The sequence names are constants of this class; the dialect words the statement for H2 or PostgreSQL.
        String sql = em.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(sequence);
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    public Hours hours(ServiceTicket ticket) {
        return hours(em.createQuery("select e.level, sum(e.minutes) from TimeEntry e where e.serviceTicket = :t"
                + " group by e.level", Object[].class).setParameter("t", ticket).getResultList());
    }

    public Hours hours(ProgrammingTicket ticket) {
        return hours(em.createQuery("select e.level, sum(e.minutes) from TimeEntry e where e.programmingTicket = :t"
                + " group by e.level", Object[].class).setParameter("t", ticket).getResultList());
    }

    private static Hours hours(List<Object[]> rows) {
        Map<WorkLevel, Long> byLevel = new EnumMap<>(WorkLevel.class);
        for (Object[] row : rows) {
            byLevel.put((WorkLevel) row[0], ((Number) row[1]).longValue());
        }
        return new Hours(byLevel.getOrDefault(WorkLevel.HELP_DESK, 0L),
                byLevel.getOrDefault(WorkLevel.PROGRAMMING, 0L));
    }

    public List<Comment> comments(ServiceTicket ticket) {
        return em.createQuery("select c from Comment c where c.serviceTicket = :t order by c.createdAt, c.id",
                Comment.class).setParameter("t", ticket).getResultList();
    }

    public List<Comment> comments(ProgrammingTicket ticket) {
        return em.createQuery("select c from Comment c where c.programmingTicket = :t order by c.createdAt, c.id",
                Comment.class).setParameter("t", ticket).getResultList();
    }

    public List<TimeEntry> timeEntries(ServiceTicket ticket) {
        return em.createQuery("select e from TimeEntry e left join fetch e.reverses where e.serviceTicket = :t"
                + " order by e.recordedAt, e.id", TimeEntry.class).setParameter("t", ticket).getResultList();
    }

    public List<TimeEntry> timeEntries(ProgrammingTicket ticket) {
        return em.createQuery("select e from TimeEntry e left join fetch e.reverses where e.programmingTicket = :t"
                + " order by e.recordedAt, e.id", TimeEntry.class).setParameter("t", ticket).getResultList();
    }

    public boolean isReversed(TimeEntry entry) {
        return !em.createQuery("select e.id from TimeEntry e where e.reverses = :entry", Long.class)
                .setParameter("entry", entry).setMaxResults(1).getResultList().isEmpty();
    }

    public List<AuditEvent> audit(String ticketType, long ticketId) {
        return em.createQuery("select a from AuditEvent a where a.ticketType = :type and a.ticketId = :id"
                + " order by a.at, a.id", AuditEvent.class)
                .setParameter("type", ticketType).setParameter("id", ticketId).getResultList();
    }

    /** Newest first, keyset-paginated on (opened at, id), as summaries built by the query itself. */
    public Page<ServiceTicketSummary> serviceTickets(TicketFilter filter, Cursor after, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ServiceTicketSummary> query = cb.createQuery(ServiceTicketSummary.class);
        Root<ServiceTicket> t = query.from(ServiceTicket.class);
        Join<ServiceTicket, Customer> customer = t.join("customer");
        Path<Instant> openedAt = t.get("openedAt");
        Path<Long> id = t.get("id");

        List<Predicate> where = new ArrayList<>();
        if (filter.customer() != null) {
            where.add(cb.equal(customer.get("code"), filter.customer()));
        }
        if (filter.state() != null) {
            where.add(cb.equal(t.get("state"), filter.state()));
        }
        if (filter.severity() != null) {
            where.add(cb.equal(t.get("severity"), filter.severity()));
        }
        if (filter.kind() != null) {
            where.add(cb.equal(t.get("kind"), filter.kind()));
        }
        if (filter.channel() != null) {
            where.add(cb.equal(t.get("channel"), filter.channel()));
        }
        if (filter.assignee() != null) {
            where.add(cb.equal(t.get("assignedOperator"), filter.assignee()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String pattern = "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
            where.add(cb.or(cb.like(cb.lower(t.get("subject")), pattern, '\\'),
                    cb.like(cb.lower(t.get("description")), pattern, '\\')));
        }
        if (filter.openOnly()) {
            where.add(cb.notEqual(t.get("state"), ServiceTicketState.CLOSED));
        }
        if (filter.unassigned()) {
            where.add(cb.isNull(t.get("assignedOperator")));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(openedAt, filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(openedAt, filter.to()));
        }
        if (after != null) {
            where.add(cb.or(cb.lessThan(openedAt, after.openedAt()),
                    cb.and(cb.equal(openedAt, after.openedAt()), cb.lessThan(id, after.id()))));
        }
        query.select(cb.construct(ServiceTicketSummary.class, t.get("number"), t.get("state"), customer.get("code"),
                        t.get("severity"), t.get("kind"), t.get("channel"), t.get("subject"),
                        t.get("assignedOperator"), openedAt))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(openedAt), cb.desc(id));
        // One more row than asked tells whether there is a next page.
        List<ServiceTicketSummary> rows = em.createQuery(query).setMaxResults(limit + 1).getResultList();
        return page(rows, limit, last -> lastKey(last.number()));
    }

    /** Newest first, keyset-paginated on (opened at, id). */
    public Page<ProgrammingTicketSummary> programmingTickets(ProgrammingTicketState state, Severity urgency,
            String assignee, Cursor after, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<ProgrammingTicketSummary> query = cb.createQuery(ProgrammingTicketSummary.class);
        Root<ProgrammingTicket> t = query.from(ProgrammingTicket.class);
        Path<Instant> openedAt = t.get("openedAt");
        Path<Long> id = t.get("id");
        List<Predicate> where = new ArrayList<>();
        if (state != null) {
            where.add(cb.equal(t.get("state"), state));
        }
        if (urgency != null) {
            where.add(cb.equal(t.get("urgency"), urgency));
        }
        if (assignee != null) {
            where.add(cb.equal(t.get("assignedProgrammer"), assignee));
        }
        if (after != null) {
            where.add(cb.or(cb.lessThan(openedAt, after.openedAt()),
                    cb.and(cb.equal(openedAt, after.openedAt()), cb.lessThan(id, after.id()))));
        }
        query.select(cb.construct(ProgrammingTicketSummary.class, t.get("number"), t.get("version"), t.get("state"),
                        t.get("urgency"),
                        t.get("title"), t.get("assignedProgrammer"), t.get("plannedDate"), t.get("plannedRelease"),
                        openedAt))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(openedAt), cb.desc(id));
        List<ProgrammingTicketSummary> rows = em.createQuery(query).setMaxResults(limit + 1).getResultList();
        return page(rows, limit, last -> programmingKey(last.number()));
    }

    /** How many service tickets match, for the counts on the home screen. */
    public long count(TicketFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<ServiceTicket> t = query.from(ServiceTicket.class);
        List<Predicate> where = new ArrayList<>();
        if (filter.state() != null) {
            where.add(cb.equal(t.get("state"), filter.state()));
        }
        if (filter.severity() != null) {
            where.add(cb.equal(t.get("severity"), filter.severity()));
        }
        if (filter.assignee() != null) {
            where.add(cb.equal(t.get("assignedOperator"), filter.assignee()));
        }
        if (filter.openOnly()) {
            where.add(cb.notEqual(t.get("state"), ServiceTicketState.CLOSED));
        }
        if (filter.unassigned()) {
            where.add(cb.isNull(t.get("assignedOperator")));
        }
        return em.createQuery(query.select(cb.count(t)).where(where.toArray(Predicate[]::new))).getSingleResult();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Cursor lastKey(String number) {
        Object[] key = em.createQuery("select t.openedAt, t.id from ServiceTicket t where t.number = :n", Object[].class)
                .setParameter("n", number).getSingleResult();
        return new Cursor((Instant) key[0], (Long) key[1]);
    }

    private Cursor programmingKey(String number) {
        Object[] key = em.createQuery("select t.openedAt, t.id from ProgrammingTicket t where t.number = :n",
                Object[].class).setParameter("n", number).getSingleResult();
        return new Cursor((Instant) key[0], (Long) key[1]);
    }

    private static <T> Page<T> page(List<T> rows, int limit, Function<T, Cursor> keyOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, keyOf.apply(items.get(limit - 1)).encode());
    }
}

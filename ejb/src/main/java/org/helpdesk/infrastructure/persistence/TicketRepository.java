package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional.TxType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.helpdesk.application.ticket.TicketFilter;
import org.helpdesk.application.ticket.TicketOrder;
import org.helpdesk.application.ticket.TicketViews.Hours;
import org.helpdesk.application.ticket.TicketViews.Page;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketSummary;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketSummary;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketChange;
import org.helpdesk.domain.ticket.TimeEntry;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * Every query on tickets, customers and staff the services need, with JPQL and the Criteria API only (parameters
 * bound, never concatenated). Runs in the caller's transaction.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketRepository {

    private static final String SERVICE_NUMBERS = "service_ticket_number_seq";
    private static final String PROGRAMMING_NUMBERS = "programming_ticket_number_seq";

    @PersistenceContext
    private EntityManager em;

    /** This server's current blocks of ticket numbers (V50: one {@code nextval} hands out 50), for every request. */
    private final NumberBlock serviceNumbers = new NumberBlock();
    private final NumberBlock programmingNumbers = new NumberBlock();

    public Optional<ServiceTicket> serviceTicket(String number) {
        return em.createQuery("select t from ServiceTicket t join fetch t.customer where t.number = :number",
                ServiceTicket.class).setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<ProgrammingTicket> programmingTicket(String number) {
        return em.createQuery("select t from ProgrammingTicket t where t.number = :number", ProgrammingTicket.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    /**
     * The ticket, for an append (a comment or a time entry): its row stays locked until the transaction ends, so the
     * state the append is checked against is the one it is written against, and concurrent appends to one ticket
     * take turns instead of refusing each other. An append moves no version, so it never makes an edit stale.
     */
    public Optional<ServiceTicket> serviceTicketForAppend(String number) {
        return em.createQuery("select t from ServiceTicket t where t.number = :number", ServiceTicket.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** @see #serviceTicketForAppend(String) */
    public Optional<ProgrammingTicket> programmingTicketForAppend(String number) {
        return em.createQuery("select t from ProgrammingTicket t where t.number = :number", ProgrammingTicket.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * The last change that moved the ticket's version: the newest audit event that is not an append. It names who
     * made a stale edit stale, and when.
     *
     * @param ticketType {@link AuditEvent#SERVICE} or {@link AuditEvent#PROGRAMMING}
     */
    public Optional<AuditEvent> lastEdit(String ticketType, long ticketId) {
        return em.createQuery("select a from AuditEvent a where a.ticketType = :type and a.ticketId = :id"
                + " and a.field not in :appends order by a.at desc, a.id desc", AuditEvent.class)
                .setParameter("type", ticketType).setParameter("id", ticketId)
                .setParameter("appends", TicketChange.APPENDS).setMaxResults(1).getResultStream().findFirst();
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

    /**
     * @param year the year the ticket is opened in (the numbers of all years come from one sequence)
     * @return a number no other ticket has, from this server's block of {@code service_ticket_number_seq}
     */
    public String nextServiceTicketNumber(int year) {
        return ServiceTicket.formatNumber(year, serviceNumbers.next(sequence(SERVICE_NUMBERS)));
    }

    /** @return as {@link #nextServiceTicketNumber(int)}, from {@code programming_ticket_number_seq} */
    public String nextProgrammingTicketNumber(int year) {
        return ProgrammingTicket.formatNumber(year, programmingNumbers.next(sequence(PROGRAMMING_NUMBERS)));
    }

    private NumberBlock.Sequence sequence(String name) {
        return new NumberBlock.Sequence() {
            @Override
            public long increment() {
                // information_schema.sequences on H2 and PostgreSQL alike (a number on H2, text on PostgreSQL).
                Object value = em.createNativeQuery("SELECT increment FROM information_schema.sequences"
                        + " WHERE lower(sequence_name) = :name AND lower(sequence_schema) = lower(current_schema)")
                        .setParameter("name", name).getSingleResult();
                return Long.parseLong(value.toString().trim());
            }

            @Override
            public long nextval() {
                return nextValue(name);
            }
        };
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

    /**
     * One page of service tickets in {@code order}, keyset-paginated on (sort value, opening time, id): the condition
     * {@code (value, opened, id) > (last value, last opened, last id)} (or {@code <} descending) starts each page
     * where the previous one ended, so a page costs the same at any depth.
     *
     * <p>Every filter and order reaches PostgreSQL in a form one of the indexes of V65 serves (see that migration):
     * <ul>
     * <li>a filter that fixes the sort value (a state sorted by state, a severity by severity, one customer by
     * customer, the unassigned tickets, all New, by state) sorts on the opening time alone, as the default order;</li>
     * <li>sorted by severity or state with a period, the ranks still to come are listed ({@code rank IN (…)}):
     * PostgreSQL then reads each rank's stretch of the index in turn from the period's start; sorted by state, the
     * open tickets are the ranks before Closed;</li>
     * <li>sorted by severity or state, the next page's start reaches PostgreSQL as values it does not plan with
     * (see the comment in the code);</li>
     * <li>the unassigned tickets are open ones (V64 makes every ticket past New have an operator), said in the
     * words of the partial indexes on open tickets;</li>
     * <li>PostgreSQL plans the statement for the values of this request ({@link #planForTheseValues()}).</li>
     * </ul>
     *
     * <p>Native SQL because the row-value comparison and the ranks of severity and state must reach the database
     * exactly as the indexes define them. The statement is assembled from the constant fragments below; every
     * value is a bound parameter.
     */
    public Page<ServiceTicketSummary> serviceTickets(TicketFilter filter, TicketOrder order, ListPosition after,
            int limit) {
        planForTheseValues();
        StringBuilder sql = new StringBuilder("SELECT t.id, t.number, t.state, c.code, t.severity, t.kind,"
                + " t.channel, t.subject, t.assigned_operator, t.opened_at, t.last_modified_at"
                + " FROM service_ticket t JOIN customer c ON c.id = t.customer_id WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.customer() != null) {
            sql.append(" AND c.code = :customer");
            parameters.put("customer", filter.customer());
        }
        if (filter.state() != null) {
            sql.append(" AND t.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.severity() != null) {
            sql.append(" AND t.severity = :severity");
            parameters.put("severity", filter.severity().name());
        }
        if (filter.kind() != null) {
            sql.append(" AND t.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.channel() != null) {
            sql.append(" AND t.channel = :channel");
            parameters.put("channel", filter.channel().name());
        }
        if (filter.assignee() != null) {
            sql.append(" AND t.assigned_operator = :assignee");
            parameters.put("assignee", filter.assignee());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // lower(...) LIKE matches the trigram indexes of V42 on PostgreSQL.
            sql.append(" AND (lower(t.subject) LIKE :text ESCAPE '\\' OR lower(t.description) LIKE :text ESCAPE '\\')");
            parameters.put("text", "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.unassigned()) {
            sql.append(" AND t.assigned_operator IS NULL");
        }
        if (filter.from() != null) {
            sql.append(" AND t.opened_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND t.opened_at < :to");
            parameters.put("to", filter.to());
        }
        // Sorted on the opening time alone: by opening time, or where the filters give every row the same value.
        boolean byOpening = switch (order.column()) {
            case OPENED -> true;
            case LAST_CHANGE -> false;
            case SEVERITY -> filter.severity() != null;
            case STATE -> filter.state() != null || filter.unassigned();
            case CUSTOMER -> filter.customer() != null;
        };
        String key = SORT_KEYS.get(order.column());
        boolean ranked = !byOpening && (order.column() == TicketOrder.Column.SEVERITY
                || order.column() == TicketOrder.Column.STATE);
        boolean open = filter.openOnly() || filter.unassigned();
        // Sorted by state, the open tickets are the ranks before Closed: one stretch of the state index.
        boolean openAsRanks = open && ranked && order.column() == TicketOrder.Column.STATE;
        if (ranked && (filter.from() != null || filter.to() != null)) {
            // Each rank's stretch of the index from the period's start, in turn (ranks already passed left out).
            sql.append(" AND ").append(key).append(" IN (:ranks)");
            parameters.put("ranks", ranks(order, openAsRanks, after));
        } else if (openAsRanks) {
            sql.append(" AND ").append(key).append(" < ").append(CLOSED_RANK);
        }
        if (open && !openAsRanks) {
            sql.append(" AND t.state <> 'CLOSED'");
        }
        // The sort columns: (value, opened, id) or (opened, id).
        List<String> columns = byOpening ? List.of("t.opened_at", "t.id") : List.of(key, "t.opened_at", "t.id");
        String direction = order.descending() ? " DESC" : " ASC";
        if (after != null) {
            String comparison = order.descending() ? " < " : " > ";
            sql.append(" AND (").append(String.join(", ", columns)).append(")").append(comparison).append(ranked
                    // PostgreSQL estimates a row comparison by its first value alone: after the last row of
                    // Closed (or of Secondary) it expects nothing more and walks the rank index even for one
                    // customer's tickets. As subqueries, the values are unknown when it plans (a third of the list
                    // after them), and it reads a customer's or a text's tickets from their own index.
                    ? "((SELECT CAST(:afterValue AS INTEGER)), (SELECT CAST(:afterOpened AS TIMESTAMP WITH TIME ZONE)),"
                            + " (SELECT CAST(:afterId AS BIGINT)))"
                    : byOpening ? "(:afterOpened, :afterId)" : "(:afterValue, :afterOpened, :afterId)");
            if (!byOpening) {
                parameters.put("afterValue", after.value());
            }
            if (order.column() == TicketOrder.Column.CUSTOMER && !byOpening) {
                // The row comparison spans two tables; this bound lets the customer index start at the right code.
                sql.append(" AND c.code").append(order.descending() ? " <= " : " >= ").append(":afterValue");
            }
            parameters.put("afterOpened", after.openedAt());
            parameters.put("afterId", after.id());
        }
        sql.append(" ORDER BY ").append(String.join(direction + ", ", columns)).append(direction);

        NativeQuery<?> query = em.createNativeQuery(sql.toString()).unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.LONG)
                .addScalar("number", StandardBasicTypes.STRING)
                .addScalar("state", StandardBasicTypes.STRING)
                .addScalar("code", StandardBasicTypes.STRING)
                .addScalar("severity", StandardBasicTypes.STRING)
                .addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("channel", StandardBasicTypes.STRING)
                .addScalar("subject", StandardBasicTypes.STRING)
                .addScalar("assigned_operator", StandardBasicTypes.STRING)
                .addScalar("opened_at", StandardBasicTypes.INSTANT)
                .addScalar("last_modified_at", StandardBasicTypes.INSTANT);
        parameters.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
        // One more row than asked tells whether there is a next page.
        List<?> rows = query.setMaxResults(limit + 1).getResultList();
        List<ServiceTicketSummary> items = new ArrayList<>();
        long lastId = 0;
        ServiceTicketSummary last = null;
        for (int i = 0; i < Math.min(rows.size(), limit); i++) {
            Object[] row = (Object[]) rows.get(i);
            last = new ServiceTicketSummary((String) row[1], ServiceTicketState.valueOf((String) row[2]),
                    (String) row[3], Severity.valueOf((String) row[4]), RequestKind.valueOf((String) row[5]),
                    Channel.valueOf((String) row[6]), (String) row[7], (String) row[8], (Instant) row[9],
                    (Instant) row[10]);
            lastId = (Long) row[0];
            items.add(last);
        }
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(items), null);
        }
        return new Page<>(List.copyOf(items),
                new ListPosition(order, sortValue(order, last), last.openedAt(), lastId).encode());
    }

    /**
     * The SQL of each sort value. The CASE expressions rank severity (High first) and state (in the order of the
     * process); V65 indexes exactly these expressions on PostgreSQL, so they must not change without it.
     */
    private static final Map<TicketOrder.Column, String> SORT_KEYS = Map.of(
            TicketOrder.Column.OPENED, "t.opened_at",
            TicketOrder.Column.LAST_CHANGE, "t.last_modified_at",
            TicketOrder.Column.SEVERITY,
            "(CASE t.severity WHEN 'HIGH' THEN 0 WHEN 'AVERAGE' THEN 1 WHEN 'LOW' THEN 2 ELSE 3 END)",
            TicketOrder.Column.STATE, "(CASE t.state WHEN 'NEW' THEN 0 WHEN 'TAKEN_IN_CHARGE' THEN 1"
                    + " WHEN 'IN_PROGRAMMING' THEN 2 WHEN 'AWAITING_VERIFICATION' THEN 3 WHEN 'VERIFIED' THEN 4"
                    + " ELSE 5 END)",
            TicketOrder.Column.CUSTOMER, "c.code");
    private static final int CLOSED_RANK = ServiceTicketState.CLOSED.ordinal();

    /**
     * The ranks a list sorted by severity or state can show, in a period: every severity, every state or the open
     * ones, less those before the rank of the page's start. Listed, they let PostgreSQL read each rank's stretch of
     * the index from the period's start instead of every ticket of the rank before the period.
     */
    private static List<Integer> ranks(TicketOrder order, boolean open, ListPosition after) {
        int count = order.column() == TicketOrder.Column.SEVERITY ? Severity.values().length
                : open ? CLOSED_RANK : ServiceTicketState.values().length;
        int first = after == null || order.descending() ? 0 : (Integer) after.value();
        int last = after == null || !order.descending() ? count - 1 : (Integer) after.value();
        List<Integer> ranks = new ArrayList<>();
        for (int rank = Math.max(0, first); rank <= Math.min(count - 1, last); rank++) {
            ranks.add(rank);
        }
        // A cursor past every rank: no rank left, and IN () is not SQL.
        return ranks.isEmpty() ? List.of(-1) : ranks;
    }

    /** The value of the sort column for a row, as the CASE expressions of {@link #SORT_KEYS} compute it. */
    private static Object sortValue(TicketOrder order, ServiceTicketSummary row) {
        return switch (order.column()) {
            case OPENED -> row.openedAt();
            case LAST_CHANGE -> row.lastModifiedAt();
            case SEVERITY -> row.severity().ordinal();
            case STATE -> row.state().ordinal();
            case CUSTOMER -> row.customerCode();
        };
    }

    /**
     * On PostgreSQL, plans the statements of this transaction for their values, never once for any value: the
     * same filter can match a hundredth of the tickets (state New) or nine tenths (Closed), and a plan made for
     * "any state" reads the wrong index for one of them; a value also lets PostgreSQL use the partial indexes on
     * open tickets. Planning costs well under a millisecond.
     */
    private void planForTheseValues() {
        if (postgresql()) {
            em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .getSingleResult();
        }
    }

    private boolean postgresql() {
        return em.unwrap(Session.class).getFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices()
                .getDialect() instanceof PostgreSQLDialect;
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

package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.ListPosition;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * The service ticket list: one page of it, and how many tickets it has in all. Both read the same {@code WHERE}
 * clause, built from every field of the {@link TicketFilter} by {@link #where}, so a count always matches what
 * paging through the list shows. Native SQL because the row-value comparison and the ranks of severity and state
 * must reach the database exactly as the indexes define them; the statement is assembled from constant fragments
 * and every value is a bound parameter.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class ServiceTicketListQuery {

    private static final String FROM = " FROM service_ticket t JOIN customer c ON c.id = t.customer_id WHERE 1 = 1";
    /** A count needs the customer only to match its code: every ticket has one (a foreign key, not null). */
    private static final String FROM_TICKETS = " FROM service_ticket t WHERE 1 = 1";

    @PersistenceContext
    private EntityManager em;

    /** @return how many tickets match {@code filter}: the rows of every page of the list together */
    long count(TicketFilter filter) {
        planForTheseValues();
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT count(*)").append(filter.customer() == null ? FROM_TICKETS : FROM)
                .append(where(filter, parameters));
        if (filter.openOnly() || filter.nobodysOnly()) {
            sql.append(" AND t.state <> 'CLOSED'");
        }
        Query query = em.createNativeQuery(sql.toString());
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The conditions of every field of the filter but {@code openOnly} (which the list words as ranks or as a
     * state, depending on the order), with their values put in {@code parameters}.
     */
    private static String where(TicketFilter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        if (filter.customer() != null) {
            where.append(" AND c.code = :customer");
            parameters.put("customer", filter.customer());
        }
        if (filter.state() != null) {
            where.append(" AND t.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.severity() != null) {
            where.append(" AND t.severity = :severity");
            parameters.put("severity", filter.severity().name());
        }
        if (filter.kind() != null) {
            where.append(" AND t.kind = :kind");
            parameters.put("kind", filter.kind().name());
        }
        if (filter.channel() != null) {
            where.append(" AND t.channel = :channel");
            parameters.put("channel", filter.channel().name());
        }
        if (filter.assignee() != null && filter.unassigned()) {
            where.append(" AND (t.assigned_operator = :assignee OR t.assigned_operator IS NULL)");
            parameters.put("assignee", filter.assignee());
        } else if (filter.assignee() != null) {
            where.append(" AND t.assigned_operator = :assignee");
            parameters.put("assignee", filter.assignee());
        } else if (filter.nobodysOnly()) {
            where.append(" AND t.assigned_operator IS NULL");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // lower(...) LIKE matches the trigram indexes of V42 on PostgreSQL.
            where.append(" AND (lower(t.subject) LIKE :text ESCAPE '\\' OR lower(t.description) LIKE :text ESCAPE '\\')");
            parameters.put("text", "%" + likeEscaped(filter.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.due() == TicketFilter.Due.BREACHED) {
            where.append(" AND t.next_due_at <= :now");
            parameters.put("now", Instant.now());
        } else if (filter.due() == TicketFilter.Due.SOON) {
            where.append(" AND t.next_due_warn_at <= :now AND t.next_due_at > :now");
            parameters.put("now", Instant.now());
        } else if (filter.due() == TicketFilter.Due.AT_RISK) {
            where.append(" AND t.next_due_warn_at <= :now");
            parameters.put("now", Instant.now());
        }
        if (filter.from() != null) {
            where.append(" AND t.opened_at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND t.opened_at < :to");
            parameters.put("to", filter.to());
        }
        return where.toString();
    }

    private static void bind(Query query, Map<String, Object> parameters) {
        parameters.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.unwrap(NativeQuery.class).setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
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
    Page<ServiceTicketSummary> page(TicketFilter filter, TicketOrder order, String afterParameter, int limit) {
        ListPosition after = afterParameter == null ? null : ListPosition.decode(afterParameter, order);
        planForTheseValues();
        StringBuilder sql = new StringBuilder("SELECT t.id, t.number, t.state, c.code, t.severity, t.kind,"
                + " t.channel, t.subject, t.assigned_operator, t.opened_at, t.last_modified_at"
                + FROM);
        Map<String, Object> parameters = new HashMap<>();
        sql.append(where(filter, parameters));
        // Sorted on the opening time alone: by opening time, or where the filters give every row the same value.
        boolean byOpening = switch (order.column()) {
            case OPENED -> true;
            case LAST_CHANGE -> false;
            case SEVERITY -> filter.severity() != null;
            case STATE -> filter.state() != null || filter.nobodysOnly();
            case CUSTOMER -> filter.customer() != null;
        };
        String key = SORT_KEYS.get(order.column());
        boolean ranked = !byOpening && (order.column() == TicketOrder.Column.SEVERITY
                || order.column() == TicketOrder.Column.STATE);
        boolean open = filter.openOnly() || filter.nobodysOnly();
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
        bind(query, parameters);
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
        if (Sequences.postgresql(em)) {
            em.createNativeQuery("SELECT set_config('plan_cache_mode', 'force_custom_plan', true)")
                    .getSingleResult();
        }
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

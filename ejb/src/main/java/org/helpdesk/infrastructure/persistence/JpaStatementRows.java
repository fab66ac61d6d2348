package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.helpdesk.domain.report.StatementRows;
import org.helpdesk.domain.ticket.WorkLevel;
import org.hibernate.jpa.HibernateHints;

/**
 * {@link StatementRows} with JPQL, streamed: the rows come from the database {@value #FETCH_SIZE} at a time and are
 * read only, so a statement of any length holds one batch of rows.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaStatementRows implements StatementRows {

    private static final int FETCH_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Override
    public void serviceTicketEntries(Filter filter, Consumer<Row> sink) {
        String jpql = "select c.code, c.name, t.number, e.id, r.id, e.staffUsername, e.workDate, e.minutes,"
                + " e.level, e.activity from TimeEntry e join e.serviceTicket t join t.customer c"
                + " left join e.reverses r"
                + filters(filter) + (filter.customer() == null ? "" : " and c.code = :customer")
                + " order by c.code, t.number, e.workDate, e.id";
        TypedQuery<Object[]> query = query(jpql, filter);
        if (filter.customer() != null) {
            query.setParameter("customer", filter.customer());
        }
        stream(query, r -> new Row((String) r[0], (String) r[1], (String) r[2], (Long) r[3], (Long) r[4],
                (String) r[5], (LocalDate) r[6], (Integer) r[7], (WorkLevel) r[8], (String) r[9]), sink);
    }

    @Override
    public void programmingTicketEntries(Filter filter, Consumer<Row> sink) {
        String jpql = "select t.number, e.id, r.id, e.staffUsername, e.workDate, e.minutes, e.level,"
                + " e.activity from TimeEntry e join e.programmingTicket t left join e.reverses r" + filters(filter)
                + " order by t.number, e.workDate, e.id";
        stream(query(jpql, filter), r -> new Row(null, null, (String) r[0], (Long) r[1], (Long) r[2],
                (String) r[3], (LocalDate) r[4], (Integer) r[5], (WorkLevel) r[6], (String) r[7]), sink);
    }

    private static String filters(Filter filter) {
        return " where e.workDate between :from and :to"
                + (filter.staff() == null ? "" : " and e.staffUsername = :staff")
                + (filter.ticket() == null ? "" : " and t.number = :ticket");
    }

    private TypedQuery<Object[]> query(String jpql, Filter filter) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("from", filter.from()).setParameter("to", filter.to())
                .setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).setHint(HibernateHints.HINT_READ_ONLY, true);
        if (filter.staff() != null) {
            query.setParameter("staff", filter.staff());
        }
        if (filter.ticket() != null) {
            query.setParameter("ticket", filter.ticket());
        }
        return query;
    }

    private static void stream(TypedQuery<Object[]> query, Function<Object[], Row> row, Consumer<Row> sink) {
        try (Stream<Object[]> rows = query.getResultStream()) {
            rows.forEach(r -> sink.accept(row.apply(r)));
        }
    }
}

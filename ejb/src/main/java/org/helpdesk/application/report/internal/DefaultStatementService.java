package org.helpdesk.application.report.internal;

import org.helpdesk.application.internal.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.helpdesk.application.report.StatementService;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.domain.period.IssuedStatement;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.reports.statement.StatementCsv;
import org.helpdesk.reports.statement.StatementDocument;
import org.helpdesk.reports.statement.StatementEntry;
import org.helpdesk.reports.statement.StatementHeader;

@Stateless
public class DefaultStatementService implements StatementService {

    static final String MAX_DAYS_PROPERTY = "helpdesk.statement.max.days";
    /** Entries of programming tickets are listed under this pseudo-customer: one may serve several customers. */
    static final String PROGRAMMING = "~PROGRAMMING";
    private static final int FETCH_SIZE = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Override
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public int maxDays() {
        return Integer.getInteger(MAX_DAYS_PROPERTY, 366);
    }

    @Override
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public StatementHeader issue(StatementQuery q, Format format, Locale language) {
        if (q.from() == null || q.to() == null) {
            throw new InvalidValueException("value.statementPeriodRequired",
                    "A statement needs a period: ''from'' and ''to'' (dates such as 2026-03-01).");
        }
        if (q.from().isAfter(q.to())) {
            throw new InvalidValueException("value.statementPeriodInverted",
                    "The period is inverted: ''from'' ({0}) is after ''to'' ({1}).", q.from(), q.to());
        }
        long days = ChronoUnit.DAYS.between(q.from(), q.to()) + 1;
        if (days > maxDays()) {
            throw new InvalidValueException("value.statementPeriodTooLong",
                    "The period covers {0} days; a statement covers at most {1} days. Pull several statements.",
                    String.valueOf(days), String.valueOf(maxDays()));
        }
        exists("select count(c) from Customer c where c.code = :v", q.customer(), "customer", "notFound.customer",
                "There is no customer {0}.");
        exists("select count(u) from StaffUser u where u.username = :v", q.staff(), "staff", "notFound.staffUser",
                "There is no staff user {0}.");
        if (q.ticket() != null && count("select count(t) from ServiceTicket t where t.number = :v", q.ticket()) == 0) {
            exists("select count(t) from ProgrammingTicket t where t.number = :v", q.ticket(), "ticket",
                    "notFound.ticket", "There is no ticket {0}.");
        }
        IssuedStatement issued = new IssuedStatement(q.from(), q.to(), q.customer(), q.staff(), q.ticket(),
                format.name(), caller.username(), caller.now());
        em.persist(issued);
        em.flush();
        issued.assignNumber();
        return new StatementHeader(issued.getNumber(), q.from(), q.to(), q.customer(), q.staff(), q.ticket(),
                issued.getProducedAt(), ZoneOffset.UTC, language);
    }

    @Override
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.ADMIN})
    public void write(StatementHeader header, Format format, OutputStream out) {
        if (format == Format.CSV) {
            try (StatementCsv csv = new StatementCsv(header, out)) {
                entries(header, csv::add);
            }
            return;
        }
        List<StatementEntry> entries = new ArrayList<>();
        entries(header, entries::add);
        if (format == Format.PDF) {
            StatementDocument.pdf(header, entries, out);
        } else {
            StatementDocument.xlsx(header, entries, out);
        }
    }

    /** Streams the entries in the statement's order: by customer, ticket, work date and entry number. */
    private void entries(StatementHeader h, Consumer<StatementEntry> sink) {
        String filters = " where e.workDate between :from and :to"
                + (h.staff() == null ? "" : " and e.staffUsername = :staff")
                + (h.ticket() == null ? "" : " and t.number = :ticket");
        String service = "select c.code, c.name, t.number, e.id, r.id, e.staffUsername, e.workDate, e.minutes,"
                + " e.level, e.activity from TimeEntry e join e.serviceTicket t join t.customer c left join e.reverses r"
                + filters + (h.customer() == null ? "" : " and c.code = :customer")
                + " order by c.code, t.number, e.workDate, e.id";
        stream(service, h, true, sink);
        if (h.customer() == null) {
            String programming = "select t.number, e.id, r.id, e.staffUsername, e.workDate, e.minutes, e.level,"
                    + " e.activity from TimeEntry e join e.programmingTicket t left join e.reverses r" + filters
                    + " order by t.number, e.workDate, e.id";
            stream(programming, h, false, sink);
        }
    }

    private void stream(String jpql, StatementHeader h, boolean service, Consumer<StatementEntry> sink) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("from", h.from()).setParameter("to", h.to())
                .setHint("org.hibernate.fetchSize", FETCH_SIZE).setHint("org.hibernate.readOnly", true);
        if (h.staff() != null) {
            query.setParameter("staff", h.staff());
        }
        if (h.ticket() != null) {
            query.setParameter("ticket", h.ticket());
        }
        if (service && h.customer() != null) {
            query.setParameter("customer", h.customer());
        }
        try (Stream<Object[]> rows = query.getResultStream()) {
            rows.forEach(r -> {
                int i = service ? 2 : 0;
                sink.accept(new StatementEntry(service ? (String) r[0] : PROGRAMMING,
                        service ? (String) r[1] : "Programming tickets", (String) r[i], (Long) r[i + 1],
                        (Long) r[i + 2], (String) r[i + 3], (LocalDate) r[i + 4], (Integer) r[i + 5],
                        String.valueOf(r[i + 6]), (String) r[i + 7]));
            });
        }
    }

    /** @param field the filter's name in the request, named in the REST API's answer */
    private void exists(String jpql, String value, String field, String key, String english) {
        if (value != null && count(jpql, value) == 0) {
            throw new UnknownReferenceException(field, key, english, value);
        }
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }
}

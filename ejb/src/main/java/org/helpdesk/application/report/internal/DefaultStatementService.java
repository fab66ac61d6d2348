package org.helpdesk.application.report.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.report.StatementService;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.period.IssuedStatement;
import org.helpdesk.domain.period.IssuedStatements;
import org.helpdesk.domain.report.StatementRows;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.reports.statement.StatementCsv;
import org.helpdesk.reports.statement.StatementDocument;
import org.helpdesk.reports.statement.StatementEntry;
import org.helpdesk.reports.statement.StatementHeader;
import org.helpdesk.reports.statement.StatementXlsx;

@Stateless
public class DefaultStatementService implements StatementService {

    static final String MAX_DAYS_PROPERTY = "helpdesk.statement.max.days";
    /** Entries of programming tickets are listed under this pseudo-customer: one may serve several customers. */
    static final String PROGRAMMING = "~PROGRAMMING";
    static final String PROGRAMMING_NAME = "Programming tickets";

    @Inject
    private StatementRows rows;

    @Inject
    private IssuedStatements register;

    @Inject
    private Customers customers;

    @Inject
    private StaffMembers staff;

    @Inject
    private ServiceTickets serviceTickets;

    @Inject
    private ProgrammingTickets programmingTickets;

    @Inject
    private UnitOfWork unitOfWork;

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
        if (q.customer() != null && !customers.exists(q.customer())) {
            throw unknown("customer", "notFound.customer", "There is no customer {0}.", q.customer());
        }
        if (q.staff() != null && !staff.exists(q.staff())) {
            throw unknown("staff", "notFound.staffUser", "There is no staff user {0}.", q.staff());
        }
        if (q.ticket() != null && serviceTickets.byNumber(q.ticket()).isEmpty()
                && programmingTickets.byNumber(q.ticket()).isEmpty()) {
            throw unknown("ticket", "notFound.ticket", "There is no ticket {0}.", q.ticket());
        }
        IssuedStatement issued = new IssuedStatement(q.from(), q.to(), q.customer(), q.staff(), q.ticket(),
                format.name(), caller.username(), caller.now());
        register.add(issued);
        unitOfWork.flush();
        issued.assignNumber();
        return new StatementHeader(issued.getNumber(), q.from(), q.to(), q.customer(), q.staff(), q.ticket(),
                issued.getProducedAt(), HelpDeskCalendar.ZONE, language);
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
        if (format == Format.XLSX) {
            try (StatementXlsx xlsx = new StatementXlsx(header, out)) {
                entries(header, xlsx::add);
            }
            return;
        }
        List<StatementEntry> entries = new ArrayList<>();
        entries(header, entries::add);
        StatementDocument.pdf(header, entries, out);
    }

    /**
     * Streams the entries in the statement's order: by customer, ticket, work date and entry number; the entries of
     * programming tickets last, under {@value #PROGRAMMING}, unless the statement is of one customer.
     */
    private void entries(StatementHeader h, Consumer<StatementEntry> sink) {
        StatementRows.Filter filter = new StatementRows.Filter(h.from(), h.to(), h.customer(), h.staff(), h.ticket());
        rows.serviceTicketEntries(filter, row -> sink.accept(entry(row.customerCode(), row.customerName(), row)));
        if (h.customer() == null) {
            rows.programmingTicketEntries(filter, row -> sink.accept(entry(PROGRAMMING, PROGRAMMING_NAME, row)));
        }
    }

    private static StatementEntry entry(String customerCode, String customerName, StatementRows.Row row) {
        return new StatementEntry(customerCode, customerName, row.ticketNumber(), row.entryId(), row.reversesId(),
                row.staff(), row.workDate(), row.minutes(), String.valueOf(row.level()), row.activity());
    }

    /** @param field the filter's name in the request, named in the REST API's answer */
    private static UnknownReferenceException unknown(String field, String key, String english, String value) {
        return new UnknownReferenceException(field, key, english, value);
    }
}

package org.helpdesk.domain.report;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * The time entries of an hours-spent statement, read as rows and streamed: a statement may list any number of
 * entries, and only the row at hand is held. Implemented by the persistence layer; runs in the caller's transaction
 * and changes nothing.
 */
public interface StatementRows {

    /** The period (both days included) and the optional filters, null when unused. */
    record Filter(LocalDate from, LocalDate to, String customer, String staff, String ticket) implements java.io.Serializable {
    }

    /**
     * One time entry.
     *
     * @param customerCode null for an entry of a programming ticket (one may serve several customers)
     * @param customerName null for an entry of a programming ticket
     * @param reversesId the entry this one reverses, or null
     */
    record Row(String customerCode, String customerName, String ticketNumber, long entryId, Long reversesId,
            String staff, LocalDate workDate, int minutes, WorkLevel level, String activity) implements java.io.Serializable {
    }

    /** Hands each entry of a service ticket to {@code sink}, by customer code, ticket, work date and entry id. */
    void serviceTicketEntries(Filter filter, Consumer<Row> sink);

    /**
     * Hands each entry of a programming ticket to {@code sink}, by ticket, work date and entry id. The customer
     * filter does not apply.
     */
    void programmingTicketEntries(Filter filter, Consumer<Row> sink);
}

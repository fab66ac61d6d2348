package org.helpdesk.domain.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.shared.Page;

/**
 * The service tickets: loading one, adding one, numbering them, and the ticket list. Implemented by the
 * persistence layer; runs in the caller's transaction.
 */
public interface ServiceTickets {

    /** @return the ticket with its customer */
    Optional<ServiceTicket> byNumber(String number);

    Optional<ServiceTicket> byId(long id);

    /**
     * The ticket, for an append (a comment or a time entry): its row stays locked until the transaction ends, so the
     * state the append is checked against is the one it is written against, and concurrent appends to one ticket
     * take turns instead of refusing each other. An append moves no version, so it never makes an edit stale.
     */
    Optional<ServiceTicket> forAppend(String number);

    /**
     * @param year the year the ticket is opened in (the numbers of all years come from one sequence)
     * @return a number no other service ticket has
     */
    TicketNumber nextNumber(int year);

    void add(ServiceTicket ticket);

    /**
     * @return up to {@code max} open tickets with a milestone warning due by {@code now}, locked for the caller's
     *         transaction; tickets another transaction holds are skipped (it is warning them)
     */
    List<ServiceTicket> withWarningDue(Instant now, int max);

    /** @return up to {@code max} tickets whose clock readings wait to be computed again, oldest first */
    List<ServiceTicket> withStaleClocks(int max);

    /**
     * Marks the clocks of every open ticket to be computed again (the calendar or the targets changed).
     *
     * @return how many were marked
     */
    int markOpenClocksStale();

    /**
     * One page of the ticket list in {@code order}, keyset-paginated: {@code after} is the previous page's
     * {@code next}, or null for the first page.
     *
     * @throws org.helpdesk.domain.shared.UnreadableValueException for an {@code after} that no list made
     */
    Page<ServiceTicketSummary> list(TicketFilter filter, TicketOrder order, String after, int limit);

    /** @return how many tickets {@link #list} would show for {@code filter}, on all its pages */
    long count(TicketFilter filter);
}

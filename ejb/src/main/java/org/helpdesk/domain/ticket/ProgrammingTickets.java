package org.helpdesk.domain.ticket;

import java.util.Optional;
import org.helpdesk.domain.shared.Page;

/** The programming tickets. Implemented by the persistence layer; runs in the caller's transaction. */
public interface ProgrammingTickets {

    Optional<ProgrammingTicket> byNumber(String number);

    Optional<ProgrammingTicket> byId(long id);

    /** @see ServiceTickets#forAppend(String) */
    Optional<ProgrammingTicket> forAppend(String number);

    /** @return a number no other programming ticket has */
    TicketNumber nextNumber(int year);

    void add(ProgrammingTicket ticket);

    /**
     * Newest first, keyset-paginated; every filter optional.
     *
     * @param after the previous page's {@code next}, or null for the first page
     */
    Page<ProgrammingTicketSummary> list(ProgrammingTicketState state, Severity urgency, String assignee,
            String after, int limit);
}

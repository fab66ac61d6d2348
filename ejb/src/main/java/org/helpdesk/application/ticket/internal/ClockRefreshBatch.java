package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;

/** One batch of {@link ClockRefresh}, in a transaction of its own. */
@Stateless
@PermitAll
public class ClockRefreshBatch {

    @Inject
    private ServiceTickets tickets;

    @Inject
    private TicketClocks clocks;

    @Inject
    private Clock clock;

    /** @return how many tickets had their clocks replayed */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int refresh(int max) {
        Instant now = Instant.now(clock);
        int done = 0;
        for (ServiceTicket ticket : tickets.withStaleClocks(max)) {
            clocks.record(ticket, now);
            done++;
        }
        return done;
    }

    /** The calendar or the targets changed: the open tickets' clocks are replayed again, in the background. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int markOpenStale() {
        return tickets.markOpenClocksStale();
    }
}

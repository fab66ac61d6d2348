package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;

/** One batch of {@link MilestoneWarnings}, in a transaction of its own. */
@Stateless
@PermitAll
public class MilestoneWarningBatch {

    @Inject
    private ServiceTickets tickets;

    @Inject
    private TicketClocks clocks;

    @EJB
    private Notifications notifications;

    @Inject
    private Clock clock;

    /**
     * Queues the warnings due now with the mark that they were sent, in one transaction: a warning goes once.
     *
     * @return how many tickets were looked at
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int warn(int max) {
        Instant now = Instant.now(clock);
        List<ServiceTicket> due = tickets.withWarningDue(now, max);
        for (ServiceTicket ticket : due) {
            MilestoneClocks replayed = clocks.replay(ticket, now);
            for (MilestoneClocks.Clock c : replayed.all()) {
                if (c.reachedAt() == null && c.warnAt() != null && !c.warnAt().isAfter(now) && c.dueAt() != null
                        && ticket.warned(c.milestone()) && c.dueAt().isAfter(now)) {
                    // A warning comes before the breach: one found already breached (a server that was down, the
                    // tickets of an upgrade) is marked and not sent; the breached queue shows it.
                    notifications.milestoneWarning(ticket, c);
                }
            }
            // The next warning to come, without the ones just sent.
            ticket.recordClocks(replayed);
        }
        return due.size();
    }
}

package org.helpdesk.application.ticket.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.time.CalendarSettings;

/**
 * Replays a service ticket's milestone clocks from its audit trail, with the calendar and targets in force, for its
 * screen ({@link #replay}) and for its row after a change ({@link #record}).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketClocks {

    @Inject
    private TicketHistory history;

    @Inject
    private MilestoneTargetSettings targets;

    @Inject
    private CalendarSettings calendar;

    /** @return the ticket's clocks from its saved trail, judged at {@code now} */
    public MilestoneClocks replay(ServiceTicket ticket, Instant now) {
        Map<Severity, MilestoneTargets> bySeverity = new EnumMap<>(Severity.class);
        return ticket.clocks(history.clockTrail(ticket), s -> bySeverity.computeIfAbsent(s, targets::of),
                calendar.current(), now);
    }

    /**
     * Replays the clocks of a ticket whose changes are saved and keeps them on its row (written with the transaction).
     *
     * @return the clocks, for the view that follows
     */
    public MilestoneClocks record(ServiceTicket ticket, Instant now) {
        MilestoneClocks clocks = replay(ticket, now);
        ticket.recordClocks(clocks);
        return clocks;
    }
}

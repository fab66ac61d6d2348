package org.helpdesk.application.ticket.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.domain.ticket.AuditField;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketChange;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.time.CalendarSettings;

/**
 * Replays a service ticket's milestone clocks from its audit trail, with the calendar and targets in force, for its
 * screen ({@link #replay}) and for its row with every change ({@link #record}, before the change is saved).
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
        return replay(ticket, history.clockTrail(ticket), now);
    }

    /**
     * Replays the clocks of a ticket about to be saved and keeps them on its row, written by the same flush as its
     * changes: the trail saved before (read without flushing) and the changes not saved yet. A ticket just opened has
     * no saved trail: nothing is read.
     *
     * @return the clocks, for the view that follows
     */
    public MilestoneClocks record(ServiceTicket ticket, Instant now) {
        List<TicketChange> pending = ticket.pendingChanges();
        boolean opened = pending.stream().anyMatch(c -> c.field() == AuditField.CREATED);
        List<TicketChange> trail = new ArrayList<>(opened ? List.of() : history.clockTrail(ticket));
        trail.addAll(pending);
        MilestoneClocks clocks = replay(ticket, trail, now);
        ticket.recordClocks(clocks);
        return clocks;
    }

    private MilestoneClocks replay(ServiceTicket ticket, List<TicketChange> trail, Instant now) {
        Map<Severity, MilestoneTargets> bySeverity = new EnumMap<>(Severity.class);
        return ticket.clocks(trail, s -> bySeverity.computeIfAbsent(s, targets::of), calendar.current(), now);
    }
}

package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketHistory;

/**
 * The refusal of a stale edit, saying who made the change that moved the version and when. For a ticket that is
 * its last audit event that is not an append (appends move no version); for the milestone targets, the
 * administrator recorded on the row.
 *
 * <p>Two paths lead here. The caller sent an old version: the service builds the refusal at once, in its own
 * transaction ({@link #of(ServiceTicket, Optional)} and its siblings). Or the database refused the write itself,
 * because another edit committed between the read and the write: the caller's transaction is lost, so
 * {@link #lostRace} reads the facts in a new one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StaleEdits {

    @Inject
    private ServiceTickets tickets;

    @Inject
    private ProgrammingTickets programmingTickets;

    @Inject
    private TicketHistory history;

    @Inject
    private MilestoneTargetSettings targets;

    /**
     * @param lost what the flush threw
     * @param record what the caller was changing, named when the database does not say which row it refused
     * @param identity its number (or severity)
     * @return the refusal for the record whose row the database refused: the one edited, or a ticket the change
     *         moved with it (a service ticket told that its programming ticket closed)
     */
    public StaleEditException lostRace(LostUpdateException lost, EditedRecord record, Object identity) {
        Optional<StaleEditException> refusal = lost.idOf(ServiceTicket.class)
                .flatMap(id -> tickets.byId((Long) id)).map(t -> of(t, history.lastEdit(t)))
                .or(() -> lost.idOf(ProgrammingTicket.class)
                        .flatMap(id -> programmingTickets.byId((Long) id)).map(t -> of(t, history.lastEdit(t))))
                .or(() -> lost.idOf(MilestoneTargets.class)
                        .flatMap(id -> targets.committed(Severity.valueOf((String) id))).map(StaleEdits::of))
                .or(() -> switch (record) {
                    case SERVICE_TICKET -> tickets.byNumber((String) identity).map(t -> of(t, history.lastEdit(t)));
                    case PROGRAMMING_TICKET -> programmingTickets.byNumber((String) identity)
                            .map(t -> of(t, history.lastEdit(t)));
                    case MILESTONE_TARGETS -> targets.committed((Severity) identity).map(StaleEdits::of);
                });
        return refusal.orElseGet(() -> new StaleEditException(record, identity, null, null));
    }

    /** @param lastEdit the ticket's last change that moved its version; without one, its last change of all */
    public static StaleEditException of(ServiceTicket ticket, Optional<AuditEvent> lastEdit) {
        return new StaleEditException(EditedRecord.SERVICE_TICKET, ticket.getNumber(),
                lastEdit.map(AuditEvent::getActor).orElse(ticket.getLastModifiedBy()),
                lastEdit.map(AuditEvent::getAt).orElse(ticket.getLastModifiedAt()));
    }

    /** @param lastEdit the ticket's last change that moved its version; without one, its last change of all */
    public static StaleEditException of(ProgrammingTicket ticket, Optional<AuditEvent> lastEdit) {
        return new StaleEditException(EditedRecord.PROGRAMMING_TICKET, ticket.getNumber(),
                lastEdit.map(AuditEvent::getActor).orElse(ticket.getLastModifiedBy()),
                lastEdit.map(AuditEvent::getAt).orElse(ticket.getLastModifiedAt()));
    }

    public static StaleEditException of(MilestoneTargets targets) {
        return new StaleEditException(EditedRecord.MILESTONE_TARGETS, targets.getSeverity(), targets.getChangedBy(),
                targets.getChangedAt());
    }
}

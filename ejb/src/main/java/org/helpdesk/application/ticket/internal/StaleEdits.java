package org.helpdesk.application.ticket.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.MilestoneTargets;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.infrastructure.persistence.TicketRepository;
import org.hibernate.StaleObjectStateException;

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
    private TicketRepository repository;

    @PersistenceContext
    private EntityManager em;

    /**
     * @param lost what the flush threw
     * @param record what the caller was changing, named when the database does not say which row it refused
     * @param identity its number (or severity)
     * @return the refusal for the record whose row the database refused: the one edited, or a ticket the change
     *         moved with it (a service ticket told that its programming ticket closed)
     */
    public StaleEditException lostRace(OptimisticLockException lost, EditedRecord record, Object identity) {
        for (Throwable cause = lost; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleObjectStateException stale && stale.getIdentifier() != null) {
                Optional<StaleEditException> refusal = refusal(stale.getEntityName(), stale.getIdentifier());
                if (refusal.isPresent()) {
                    return refusal.get();
                }
            }
        }
        Optional<StaleEditException> refusal = switch (record) {
            case SERVICE_TICKET -> repository.serviceTicket((String) identity)
                    .map(t -> of(t, repository.lastEdit(AuditEvent.SERVICE, t.getId())));
            case PROGRAMMING_TICKET -> repository.programmingTicket((String) identity)
                    .map(t -> of(t, repository.lastEdit(AuditEvent.PROGRAMMING, t.getId())));
            case MILESTONE_TARGETS -> targets(((Severity) identity).name()).map(StaleEdits::of);
        };
        return refusal.orElseGet(() -> new StaleEditException(record, identity, null, null));
    }

    private Optional<StaleEditException> refusal(String entityName, Object id) {
        if (ServiceTicket.class.getName().equals(entityName)) {
            return Optional.ofNullable(em.find(ServiceTicket.class, id))
                    .map(t -> of(t, repository.lastEdit(AuditEvent.SERVICE, t.getId())));
        }
        if (ProgrammingTicket.class.getName().equals(entityName)) {
            return Optional.ofNullable(em.find(ProgrammingTicket.class, id))
                    .map(t -> of(t, repository.lastEdit(AuditEvent.PROGRAMMING, t.getId())));
        }
        if (MilestoneTargets.class.getName().equals(entityName)) {
            return targets((String) id).map(StaleEdits::of);
        }
        return Optional.empty();
    }

    /** The committed row, not the second-level cache's copy. */
    private Optional<MilestoneTargets> targets(String severity) {
        return Optional.ofNullable(em.find(MilestoneTargets.class, severity,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)));
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

package org.helpdesk.application.ticket.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.TicketChange;
import org.helpdesk.infrastructure.persistence.TicketRepository;

/**
 * Writes the audit trail: the changes an aggregate recorded become immutable {@link AuditEvent} rows in the same
 * transaction as the change itself. Call it after every command, once the ticket has its id.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class TicketJournal {

    @Inject
    private TicketRepository repository;

    public void record(ServiceTicket ticket) {
        for (TicketChange change : ticket.drainChanges()) {
            repository.persist(AuditEvent.of(ticket, change));
        }
    }

    public void record(ProgrammingTicket ticket) {
        for (TicketChange change : ticket.drainChanges()) {
            repository.persist(AuditEvent.of(ticket, change));
        }
    }

    /** A change that no aggregate method records itself (a time entry's reversal). */
    public void record(ServiceTicket ticket, TicketChange change) {
        repository.persist(AuditEvent.of(ticket, change));
    }

    public void record(ProgrammingTicket ticket, TicketChange change) {
        repository.persist(AuditEvent.of(ticket, change));
    }
}

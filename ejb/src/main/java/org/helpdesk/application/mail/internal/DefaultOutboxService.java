package org.helpdesk.application.mail.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.mail.OutboxService;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.OutboxMessages;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.infrastructure.mail.Outbox;

@Stateless
public class DefaultOutboxService implements OutboxService {

    @EJB
    private Outbox outbox;

    @Inject
    private OutboxMessages outboxMessages;

    @Inject
    private ServiceTickets serviceTickets;

    @Inject
    private ProgrammingTickets programmingTickets;

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public List<MessageView> recent(String ticketNumber, int limit) {
        if (ticketNumber != null && serviceTickets.byNumber(ticketNumber).isEmpty()
                && programmingTickets.byNumber(ticketNumber).isEmpty()) {
            throw new UnknownReferenceException("ticket", "notFound.ticket", "There is no ticket {0}.", ticketNumber);
        }
        List<OutboxMessage> messages = ticketNumber == null ? outbox.recent(Math.max(1, Math.min(limit, 500)))
                : outbox.forTicket(ticketNumber);
        return messages.stream().map(DefaultOutboxService::view).toList();
    }

    private static MessageView view(OutboxMessage m) {
        return new MessageView(m.getId(), m.getKind(), m.getTicketNumber(), m.getRecipient(),
                m.getLanguage().getLanguage(), m.getSubject(), m.getStatus().name(), m.getAttempts(), m.getCreatedAt(),
                m.getNextAttemptAt(), m.getSentAt(), m.getLastError());
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public Unsent unsent(int limit) {
        return new Unsent(outboxMessages.countFailed(), outboxMessages.countRetrying(),
                outboxMessages.unsent(Math.max(1, Math.min(limit, 500))).stream().map(DefaultOutboxService::view).toList());
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public int retryNow() {
        return outbox.retryNow();
    }
}

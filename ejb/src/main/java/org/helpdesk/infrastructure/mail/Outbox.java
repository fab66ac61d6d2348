package org.helpdesk.infrastructure.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.OutboxMessages;

/**
 * Queues mails. {@link #enqueue} must run inside the caller's transaction: the message is stored with the change
 * that causes it, so a rolled-back change sends nothing, and a committed one is sent by {@link OutboxSender}.
 */
@Stateless
@PermitAll
public class Outbox {

    /** Fired for every queued message (id 0: several); observed after commit only. */
    public record MessageQueued(long messageId) {
    }

    @Inject
    private OutboxMessages messages;

    @Inject
    private Event<MessageQueued> queued;

    @Inject
    private Clock clock;

    /**
     * Renders {@code kind} from {@link MailTemplates} in the recipient's language and stores it as PENDING.
     *
     * @param ticketNumber the ticket the mail is about, for the outbox screen; may be {@code null}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMessage enqueue(String kind, String ticketNumber, String recipient, Locale language,
            Object... arguments) {
        Locale locale = MailTemplates.supported(language);
        MailTemplates.Rendered mail = MailTemplates.render(kind, locale, arguments);
        OutboxMessage message = new OutboxMessage(kind, ticketNumber, recipient, locale, mail.subject(), mail.body(),
                Instant.now(clock));
        // The id comes from the sequence at once: no flush, so the message is written with the caller's change.
        messages.add(message);
        queued.fire(new MessageQueued(message.getId()));
        return message;
    }

    /**
     * Makes every message that is waiting or was given up on due now (a failed one starts its attempts afresh) and
     * sends them after commit.
     *
     * @return how many messages will be tried
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int retryNow() {
        int due = messages.makeDue(Instant.now(clock));
        queued.fire(new MessageQueued(0));
        return due;
    }

    /** @return the most recent messages, newest first, for the outbox screen */
    public List<OutboxMessage> recent(int limit) {
        return messages.recent(limit);
    }

    /** @return the messages about one ticket, oldest first */
    public List<OutboxMessage> forTicket(String ticketNumber) {
        return messages.forTicket(ticketNumber);
    }
}

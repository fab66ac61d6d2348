package org.helpdesk.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.security.SecureRandom;
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

    /**
     * Who a mail goes to and how it threads.
     *
     * @param cc who else receives it; may be empty
     * @param replyTo where answers should go (the mailbox the customer wrote to), or null for the sender address
     * @param inReplyTo the Message-ID the mail answers, or null
     * @param references the thread's Message-IDs, oldest first
     * @param commentId the customer comment the mail delivers, or null
     */
    public record Addressing(String recipient, List<String> cc, String replyTo, String inReplyTo,
            List<String> references, Long commentId) {

        public Addressing {
            cc = List.copyOf(cc);
            references = List.copyOf(references);
        }

        /** To one recipient, in no thread. */
        public static Addressing to(String recipient) {
            return new Addressing(recipient, List.of(), null, null, List.of(), null);
        }
    }

    @Inject
    private OutboxMessages messages;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    private final SecureRandom random = new SecureRandom();

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
        return enqueue(kind, ticketNumber, Addressing.to(recipient), language, arguments);
    }

    /**
     * As {@link #enqueue(String, String, String, Locale, Object...)}, to the recipient and copies of
     * {@code addressing}, with our own Message-ID and the headers that thread the mail.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxMessage enqueue(String kind, String ticketNumber, Addressing addressing, Locale language,
            Object... arguments) {
        Locale locale = MailTemplates.supported(language);
        MailTemplates.Rendered mail = MailTemplates.render(kind, locale, arguments);
        OutboxMessage message = new OutboxMessage(kind, ticketNumber, addressing.recipient(), locale, mail.subject(),
                mail.body(), Instant.now(clock));
        // Threaded before it is stored, so that the insert writes it whole (a change after would be an update).
        message.thread(messageId(), addressing.inReplyTo(), addressing.references(), addressing.cc(),
                addressing.replyTo(), addressing.commentId());
        // The id comes from the sequence at once: no flush, so the message is written with the caller's change.
        messages.add(message);
        queued.fire(new MessageQueued(message.getId()));
        return message;
    }

    /** Unique without the database's help (128 random bits), at the sender's domain. */
    private String messageId() {
        String from = mailSession == null ? null : mailSession.getProperty("mail.from");
        String domain = from != null && from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "")
                .strip() : "helpdesk.invalid";
        return "hd." + Long.toUnsignedString(random.nextLong(), 36) + "." + Long.toUnsignedString(random.nextLong(), 36)
                + "@" + domain;
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

package org.helpdesk.infrastructure.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.AccessTimeout;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.OutboxMessages;
import org.helpdesk.infrastructure.cluster.ClusterLeases;

/**
 * Sends what the outbox holds: right after the transaction that queued a message commits, and every 30 seconds
 * for retries. One message at a time, each in its own transaction, so one bad address never holds up the others;
 * the singleton's write lock keeps two sweeps from sending the same message twice.
 */
@Singleton
@PermitAll
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final int BATCH = 50;
    private static final String SWEEP = "outbox-sweep";
    private static final Duration SMTP_READ_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    private OutboxMessages messages;

    @Inject
    private SendRequests requests;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private ClusterLeases leases;

    /** Sends what is due on another thread; called right after a transaction that queued mail commits. */
    @Asynchronous
    @Lock(LockType.WRITE)
    @AccessTimeout(value = 2, unit = TimeUnit.MINUTES)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDueSoon() {
        requests.started();
        sendDue();
    }

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        // Also frees the request of a sending that never started (its wait for the lock timed out).
        requests.started();
        // One server of a cluster sweeps; mail queued on any server is sent right after its commit by that server.
        if (leases.runsHere(SWEEP)) {
            sendDue();
        }
    }

    /**
     * Sends every PENDING message whose time has come.
     *
     * @return how many were sent
     */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        OutboxSender self = context.getBusinessObject(OutboxSender.class);
        int sent = 0;
        List<Long> due;
        do {
            due = self.dueMessages();
            for (Long id : due) {
                if (self.sendOne(id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH && sent > 0);
        return sent;
    }

    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueMessages() {
        return messages.due(Instant.now(clock), BATCH);
    }

    /** Sends one message and records the outcome, in a transaction of its own. */
    @Lock(LockType.READ)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendOne(long id) {
        // Locked until this transaction ends: a sender on another server skips it meanwhile, and finds it SENT after.
        OutboxMessage message = messages.claim(id).orElse(null);
        if (message == null) {
            return false;
        }
        try {
            Transport.send(toMime(message));
            message.markSent(Instant.now(clock));
            return true;
        } catch (MessagingException | RuntimeException e) {
            message.markAttemptFailed(e.getMessage(), Instant.now(clock));
            LOG.warning(() -> "Mail " + message.getId() + " to " + message.getRecipient() + " not sent (attempt "
                    + message.getAttempts() + ", " + message.getStatus() + "): " + e.getMessage());
            return false;
        }
    }

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new StoredIdMessage(MailSessions.withTimeouts(mailSession, SMTP_READ_TIMEOUT),
                message.getMessageId());
        mime.setFrom();
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getRecipient(), true));
        if (!message.getCc().isEmpty()) {
            mime.setRecipients(Message.RecipientType.CC,
                    InternetAddress.parse(String.join(",", message.getCc()), false));
        }
        if (message.getReplyTo() != null) {
            mime.setReplyTo(InternetAddress.parse(message.getReplyTo(), true));
        }
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        mime.setText(message.getBody(), StandardCharsets.UTF_8.name());
        mime.setHeader("Content-Language", message.getLanguage().getLanguage());
        mime.setHeader("X-Helpdesk-Outbox-Id", String.valueOf(message.getId()));
        mime.setSentDate(Date.from(Instant.now(clock)));
        if (message.getInReplyTo() != null) {
            mime.setHeader("In-Reply-To", "<" + message.getInReplyTo() + ">");
        }
        if (!message.getReferences().isEmpty()) {
            mime.setHeader("References", MimeUtility.fold(12, message.getReferences().stream()
                    .map(id -> "<" + id + ">").collect(Collectors.joining(" "))));
        }
        // Our mails answer people: no auto-responder should answer them back (RFC 3834).
        mime.setHeader("Auto-Submitted", message.getKind().startsWith("service.reply") ? "no" : "auto-generated");
        return mime;
    }

    /**
     * A message sent with the Message-ID stored in the outbox, the same at every attempt, so that the customer's
     * answer finds the ticket again; a made-up one only for a message stored before Message-IDs were.
     */
    private static final class StoredIdMessage extends MimeMessage {

        private final String storedId;

        StoredIdMessage(Session session, String storedId) {
            super(session);
            this.storedId = storedId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (storedId == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", "<" + storedId + ">");
            }
        }
    }
}

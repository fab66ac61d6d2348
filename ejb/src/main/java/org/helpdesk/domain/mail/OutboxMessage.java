package org.helpdesk.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.helpdesk.domain.shared.Values;

/** One mail waiting to be sent, or sent, or given up on: its status is visible to administrators. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Where a message stands. */
    public enum Status {
        /** Not sent yet: waiting for its first attempt or for a retry. */
        PENDING,
        SENT,
        /** Given up after {@link #MAX_ATTEMPTS} attempts; the last error says why. */
        FAILED
    }

    public static final int MAX_ATTEMPTS = 10;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "ticket_number", length = 32)
    private String ticketNumber;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 16000)
    private String body;

    /** Our own Message-ID, without angle brackets: a customer's answer finds the ticket again by it. */
    @Column(name = "message_id", length = 998)
    private String messageId;

    @Column(name = "in_reply_to", length = 998)
    private String inReplyTo;

    @Column(name = "reference_ids", length = 8000)
    private String referenceIds;

    @Column(length = 4000)
    private String cc;

    @Column(name = "reply_to", length = 320)
    private String replyTo;

    /** The customer comment this mail delivers, for a customer update; null for any other mail. */
    @Column(name = "comment_id")
    private Long commentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessage() {
        // for JPA
    }

    public OutboxMessage(String kind, String ticketNumber, String recipient, Locale language, String subject, String body,
            Instant at) {
        this.kind = kind;
        this.ticketNumber = ticketNumber;
        this.recipient = recipient;
        this.language = language.getLanguage();
        this.subject = subject;
        this.body = body;
        this.status = Status.PENDING;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /**
     * Gives the message its Message-ID and the headers that thread it in the recipient's mail client.
     *
     * @param references the thread's Message-IDs, oldest first
     */
    public void thread(String ownMessageId, String answered, List<String> references, List<String> copies,
            String replyAddress, Long comment) {
        this.messageId = ownMessageId;
        this.inReplyTo = answered;
        String joined = String.join(" ", references);
        this.referenceIds = joined.isEmpty() ? null : cutReferences(joined);
        String copied = String.join(", ", copies);
        this.cc = copied.isEmpty() ? null : Values.cut(copied, 4000);
        this.replyTo = replyAddress;
        this.commentId = comment;
    }

    /** Drops the oldest references (but the first, the thread's origin) until they fit. */
    private static String cutReferences(String joined) {
        if (joined.length() <= 8000) {
            return joined;
        }
        String[] ids = joined.split(" ");
        StringBuilder kept = new StringBuilder(ids[0]);
        StringBuilder tail = new StringBuilder();
        for (int i = ids.length - 1; i > 0; i--) {
            if (kept.length() + tail.length() + ids[i].length() + 2 > 8000) {
                break;
            }
            tail.insert(0, " " + ids[i]);
        }
        return kept.append(tail).toString();
    }

    /** A delivery report said the mail could not be delivered: no more attempts, the reason shown to staff. */
    public void markBounced(String reason, Instant at) {
        status = Status.FAILED;
        String text = "Bounced: " + (reason == null || reason.isBlank() ? "no reason given" : reason);
        lastError = Values.cut(text, 1000);
        nextAttemptAt = at;
    }

    public void markSent(Instant at) {
        status = Status.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
    }

    /** Records a failed attempt and when to try again: 30 s, then doubling, at most an hour apart. */
    public void markAttemptFailed(String error, Instant at) {
        attempts++;
        lastError = error == null ? "unknown error" : Values.cut(error, 1000);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = at.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getRecipient() {
        return recipient;
    }

    public Locale getLanguage() {
        return Locale.forLanguageTag(language);
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    /** @return the thread's Message-IDs, oldest first */
    public List<String> getReferences() {
        return referenceIds == null ? List.of() : List.of(referenceIds.split(" "));
    }

    /** @return the addresses in copy */
    public List<String> getCc() {
        return cc == null ? List.of() : java.util.Arrays.stream(cc.split(",")).map(String::strip)
                .filter(a -> !a.isEmpty()).toList();
    }

    public String getReplyTo() {
        return replyTo;
    }

    public Long getCommentId() {
        return commentId;
    }

    public String getLastError() {
        return lastError;
    }
}

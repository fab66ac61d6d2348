package org.helpdesk.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.helpdesk.domain.shared.Values;

/**
 * A mail that could not be read (unparseable, over the size limit), moved to its mailbox's errors folder so that it
 * holds up none of the mails behind it. An administrator sees why and can send it back to the inbox to be read
 * again; the mailbox's reader does the move.
 */
@Entity
@Table(name = "mail_error")
public class MailError {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_error_seq")
    @SequenceGenerator(name = "mail_error_seq", sequenceName = "mail_error_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false, length = 64)
    private String mailbox;

    @Column(name = "message_id", nullable = false, updatable = false, length = 998)
    private String messageId;

    @Column(name = "from_address", updatable = false, length = 320)
    private String fromAddress;

    @Column(updatable = false, length = 1000)
    private String subject;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    @Column(name = "retry_requested", nullable = false)
    private boolean retryRequested;

    @Column(name = "retry_by", length = 64)
    private String retryBy;

    @Column(name = "retried_at")
    private Instant retriedAt;

    protected MailError() {
        // for JPA
    }

    public MailError(String mailbox, String messageId, String fromAddress, String subject, long size, String reason,
            Instant at) {
        this.mailbox = mailbox;
        this.messageId = Values.cut(messageId, 998);
        this.fromAddress = Values.cut(fromAddress, 320);
        this.subject = Values.cut(subject, 1000);
        this.size = size;
        this.reason = Values.cut(reason == null ? "unknown error" : reason, 1000);
        this.failedAt = at;
    }


    /** An administrator asked for the mail to be read again. */
    public void requestRetry(String by) {
        this.retryRequested = true;
        this.retryBy = by;
    }

    /** The reader moved the mail back to the inbox. */
    public void retried(Instant at) {
        this.retryRequested = false;
        this.retriedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getSubject() {
        return subject;
    }

    public long getSize() {
        return size;
    }

    public String getReason() {
        return reason;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public boolean isRetryRequested() {
        return retryRequested;
    }

    public String getRetryBy() {
        return retryBy;
    }

    public Instant getRetriedAt() {
        return retriedAt;
    }
}

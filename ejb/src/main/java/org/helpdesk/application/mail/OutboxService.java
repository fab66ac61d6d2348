package org.helpdesk.application.mail;

import jakarta.ejb.Local;
import java.time.Instant;
import java.util.List;

/** What the outbox holds, for administrators: every mail with its status, attempts and last error. */
@Local
public interface OutboxService {

    record MessageView(long id, String kind, String ticketNumber, String recipient, String language, String subject,
            String status, int attempts, Instant createdAt, Instant nextAttemptAt, Instant sentAt, String lastError) implements java.io.Serializable {
    }

    /**
     * Newest first, at most {@code limit} (1 to 500); only those about {@code ticketNumber} if given. ADMIN.
     *
     * @throws UnknownReferenceException (field {@code ticket}) for a ticket number no ticket has
     */
    List<MessageView> recent(String ticketNumber, int limit);

    /** The mails that did not go: how many were given up on, how many wait to be tried again, the newest of them. */
    record Unsent(long failed, long retrying, List<MessageView> newest) implements java.io.Serializable {

        public Unsent {
            newest = List.copyOf(newest);
        }

        public long total() {
            return failed + retrying;
        }
    }

    /**
     * The mails given up on ({@code FAILED}) and those waiting for another attempt after a failed one, with the newest
     * {@code limit} (1 to 500) of them. ADMIN.
     */
    Unsent unsent(int limit);

    /**
     * Tries every unsent message now, including those given up on, once this call has committed. ADMIN.
     *
     * @return how many messages will be tried
     */
    int retryNow();
}

package org.helpdesk.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The outbox's messages. Implemented by the persistence layer; runs in the caller's transaction. */
public interface OutboxMessages {

    void add(OutboxMessage message);

    Optional<OutboxMessage> byId(long id);

    /**
     * Locks the message for sending until the transaction ends, if it is still pending and no other transaction (on
     * this server or another) holds it: a message is sent by one sender at a time.
     *
     * @return the message, or empty if it is no longer pending or another sender has it
     */
    Optional<OutboxMessage> claim(long id);

    /** @return the ids of the pending messages due at {@code now}, the longest waiting first, at most {@code limit} */
    List<Long> due(Instant now, int limit);

    /**
     * Makes every message that is waiting or was given up on due at {@code now} (a failed one starts its attempts
     * afresh).
     *
     * @return how many messages that concerned
     */
    int makeDue(Instant now);

    /** @return the most recent messages, newest first */
    List<OutboxMessage> recent(int limit);

    /**
     * @return the messages that did not go: given up on, or waiting for another attempt after a failed one; newest
     *         first, at most {@code limit}
     */
    List<OutboxMessage> unsent(int limit);

    /** @return how many messages were given up on */
    long countFailed();

    /** @return how many messages wait for another attempt after a failed one */
    long countRetrying();

    Optional<OutboxMessage> byMessageId(String messageId);

    /** @return the newest message mailed to a customer about the ticket (with threading headers), if any */
    Optional<OutboxMessage> lastThreaded(String ticketNumber);

    /** @return the messages sent for these comments (a customer update each), by comment id */
    java.util.Map<Long, OutboxMessage> forComments(java.util.Collection<Long> commentIds);

    /** @return the ticket number of each of these Message-IDs that we sent about a service ticket */
    java.util.Map<String, String> ticketsOfMessageIds(java.util.Collection<String> messageIds);

    /** @return the messages about one ticket, oldest first */
    List<OutboxMessage> forTicket(String ticketNumber);
}

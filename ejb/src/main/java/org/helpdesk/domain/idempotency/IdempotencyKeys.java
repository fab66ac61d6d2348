package org.helpdesk.domain.idempotency;

import java.time.Instant;
import java.util.Optional;

/**
 * The answers of requests that created something, kept per user under the {@code Idempotency-Key} their client
 * sent (the table {@code idempotency_key}). Implemented by the persistence layer; runs in the caller's transaction,
 * so an answer is kept if and only if what its request created was committed.
 */
public interface IdempotencyKeys {

    /**
     * @param fingerprint what the request was (method, path, body)
     * @param status its HTTP status; 0 while the request that claimed the key has not finished
     */
    record KeptAnswer(String fingerprint, int status, String location, String body) implements java.io.Serializable {
    }

    Optional<KeptAnswer> find(String username, String key);

    /**
     * Claims the key for a request not answered yet. While another transaction holds a claim of the same key, this
     * waits for it to end, then fails if that claim was committed.
     */
    void claim(String username, String key, String fingerprint, Instant at);

    /** Keeps the answer of the request that claimed the key. */
    void complete(String username, String key, int status, String location, String body);

    /** @return how many keys claimed before {@code cutoff} were forgotten */
    int forgetClaimedBefore(Instant cutoff);
}

package org.helpdesk.application;

import java.util.Optional;

/**
 * The answers of requests that created something, kept under the {@code Idempotency-Key} their client sent, for
 * {@value #KEPT_HOURS} hours (forgotten every hour after that), per user. {@link #claim} and {@link #complete} take part in the caller's transaction,
 * the one that creates: the answer is kept if and only if what it created was committed.
 */
public interface IdempotentRequests {

    /** How long a key is remembered. */
    int KEPT_HOURS = 24;

    /** Longest key accepted. */
    int MAX_KEY_LENGTH = 200;

    /**
     * A kept answer.
     *
     * @param fingerprint what the request was (method, path, body), to refuse the same key for another request
     * @param status its HTTP status; 0 while the request that claimed the key has not finished
     */
    record Outcome(String fingerprint, int status, String location, String body) implements java.io.Serializable {
    }

    /**
     * In the caller's transaction: the answer kept under {@code key} for the caller, or, when there is none, claims
     * the key for this request. A request with the same key still under way elsewhere makes this wait for it, then
     * fail (the key is taken): {@link #kept} then says how it ended.
     *
     * @return the kept answer; empty when the key was free and is now claimed
     */
    Optional<Outcome> claim(String key, String fingerprint);

    /** In the caller's transaction: keeps the answer of the request that claimed {@code key}. */
    void complete(String key, int status, String location, String body);

    /** In a transaction of its own: the answer kept under {@code key} for the caller, if any. */
    Optional<Outcome> kept(String key);
}

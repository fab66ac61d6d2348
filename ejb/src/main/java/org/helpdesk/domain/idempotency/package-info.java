/**
 * The answers kept under the {@code Idempotency-Key} of requests that created something, so that a client who sends
 * the same request again gets the same answer instead of a second creation. Plain Java: the persistence layer
 * implements {@link org.helpdesk.domain.idempotency.IdempotencyKeys}.
 */
package org.helpdesk.domain.idempotency;

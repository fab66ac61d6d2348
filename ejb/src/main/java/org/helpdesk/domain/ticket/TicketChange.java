package org.helpdesk.domain.ticket;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a ticket's history, collected by the ticket's commands and turned into {@link AuditEvent} rows by
 * the service that saves the ticket (see {@code drainChanges()}). Enum values are recorded by their constant name
 * (e.g. {@code TAKEN_IN_CHARGE}) so that the history screen can show them in the reader's language; free text is
 * recorded as entered.
 *
 * @param field what changed
 * @param oldValue the value before, or null
 * @param newValue the value after, or null
 * @param by username of the acting user
 * @param at when it happened
 * @param note the reason given or a short explanation, or null
 */
public record TicketChange(AuditField field, String oldValue, String newValue, String by, Instant at, String note) implements java.io.Serializable {

    public TicketChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}

package org.helpdesk.domain.ticket;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of a ticket's history, collected by the ticket's commands and turned into {@link AuditEvent} rows by
 * the service that saves the ticket (see {@code drainChanges()}). Enum values are recorded by their constant name
 * (e.g. {@code TAKEN_IN_CHARGE}) so that the history screen can show them in the reader's language; free text is
 * recorded as entered.
 *
 * @param field what changed: one of the constants of this record
 * @param oldValue the value before, or null
 * @param newValue the value after, or null
 * @param by username of the acting user
 * @param at when it happened
 * @param note the reason given or a short explanation, or null
 */
public record TicketChange(String field, String oldValue, String newValue, String by, Instant at, String note) {

    public static final String CREATED = "created";
    public static final String STATE = "state";
    public static final String ASSIGNEE = "assignee";
    public static final String SEVERITY = "severity";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String CHANNEL = "channel";
    public static final String KIND = "kind";
    public static final String LINK = "link";
    public static final String COMMENT = "comment";
    public static final String TIME = "time";
    public static final String CLOSURE = "closure";
    public static final String VERIFICATION = "verification";
    public static final String REOPEN = "reopen";
    /** Programming tickets only: planned date and release. */
    public static final String SCHEDULE = "schedule";
    /** Programming tickets only: the update sent to the customer. */
    public static final String UPDATE = "update";

    /**
     * The fields of appends: comments and time entries (and reversals) add to the ticket and overwrite nothing, so
     * they move no version; every other change is an edit or a transition, which does.
     */
    public static final Set<String> APPENDS = Set.of(COMMENT, TIME);

    public TicketChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}

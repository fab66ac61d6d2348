package org.helpdesk.domain.ticket;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a change of a ticket changed: the field of its {@link AuditEvent}. Stored (and shown by the REST API) as its
 * lower-case {@link #code()}, which the screens translate.
 */
public enum AuditField {
    CREATED("created"),
    STATE("state"),
    ASSIGNEE("assignee"),
    CONTACT("contact"),
    SEVERITY("severity"),
    SUBJECT("subject"),
    DESCRIPTION("description"),
    CHANNEL("channel"),
    KIND("kind"),
    LINK("link"),
    COMMENT("comment"),
    TIME("time"),
    CLOSURE("closure"),
    VERIFICATION("verification"),
    REOPEN("reopen"),
    /** Service tickets only: a wait for the customer's answer begins ({@code WAITING}) or ends ({@code RESUMED}). */
    WAITING("waiting"),
    /** Programming tickets only: planned date and release. */
    SCHEDULE("schedule"),
    /** Programming tickets only: the update sent to the customer. */
    UPDATE("update");

    /**
     * The fields of appends: comments and time entries (and reversals) add to the ticket and overwrite nothing, so
     * they move no version; every other change is an edit or a transition, which does.
     */
    public static final Set<AuditField> APPENDS = EnumSet.of(COMMENT, TIME);

    private final String code;

    AuditField(String code) {
        this.code = code;
    }

    /** @return the field as stored and as the REST API shows it, e.g. {@code state} */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a code no field has (a row written by something else than Helpdesk) */
    public static AuditField ofCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No audit field is stored as '" + code + "'."));
    }
}

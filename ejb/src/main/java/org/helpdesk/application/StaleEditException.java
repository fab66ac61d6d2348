package org.helpdesk.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.helpdesk.domain.shared.LocalizedRefusal;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * The caller edited an old copy: someone else changed the record since it was read. Nothing was saved; the caller
 * must reload and decide again. Every refusal the services make says who made the change that moved the version
 * and when; only a record changed before that was recorded has no name to give. The screens show it in the user's
 * language ({@link LocalizedRefusal}: key {@code stale.<RECORD>}, or {@code stale.<RECORD>.unknown} when who changed
 * it is not known; arguments: the record's number or severity, who, when).
 */
public class StaleEditException extends RuntimeException implements LocalizedRefusal {

    private static final long serialVersionUID = 1L;
    /** The time of the change on the help desk's clock, as the screens show it, with the zone named. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV")
            .withZone(HelpDeskCalendar.ZONE);

    /** What was edited, as the user names it. */
    public enum EditedRecord {
        SERVICE_TICKET("Ticket ", false),
        PROGRAMMING_TICKET("Programming ticket ", false),
        MILESTONE_TARGETS("The milestone targets for ", true);

        private final String english;
        private final boolean plural;

        EditedRecord(String english, boolean plural) {
            this.english = english;
            this.plural = plural;
        }
    }

    /**
     * The help desk's working hours, the one record of its kind ({@link #workingWeek}): key
     * {@code stale.WORKING_WEEK}, and no number among the arguments.
     */
    public static final String WORKING_WEEK = "WORKING_WEEK";

    /** The record's kind in the key: an {@link EditedRecord}'s name or {@link #WORKING_WEEK}. */
    private final String record;
    private final Object identity;
    private final String changedBy;
    private final Instant changedAt;

    /** @param identity the ticket's number, or the {@link org.helpdesk.domain.ticket.Severity} of the targets */
    public StaleEditException(EditedRecord record, Object identity, String changedBy, Instant changedAt) {
        this(Objects.requireNonNull(record, "record").name(),
                english(record.english, record.plural, identity, changedBy, changedAt), identity, changedBy,
                changedAt);
    }

    private StaleEditException(String record, String english, Object identity, String changedBy, Instant changedAt) {
        super(english);
        this.record = record;
        this.identity = identity;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The working week was changed by {@code changedBy} at {@code changedAt} (either null when not known). */
    public static StaleEditException workingWeek(String changedBy, Instant changedAt) {
        return new StaleEditException(WORKING_WEEK, english("The working week", false, null, changedBy, changedAt),
                null, changedBy, changedAt);
    }

    private static String english(String what, boolean plural, Object identity, String changedBy,
            Instant changedAt) {
        String them = plural ? "them" : "it";
        return what + (identity == null ? "" : identity instanceof Enum<?> e ? label(e) : identity)
                + (plural ? " were" : " was") + " changed by " + (changedBy == null ? "another user" : changedBy)
                + (changedAt == null ? "" : " at " + WHEN.format(changedAt))
                + " after you opened " + them + ": nothing was saved. Reload " + them + " and try again.";
    }

    private static String label(Enum<?> value) {
        return value instanceof org.helpdesk.domain.ticket.Severity s ? s.label() : value.name();
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    @Override
    public String messageKey() {
        return "stale." + record + (changedBy == null || changedAt == null ? ".unknown" : "");
    }

    @Override
    public List<Object> messageArguments() {
        List<Object> arguments = new ArrayList<>();
        arguments.add(identity);
        arguments.add(changedBy);
        arguments.add(changedAt);
        return Collections.unmodifiableList(arguments);
    }
}

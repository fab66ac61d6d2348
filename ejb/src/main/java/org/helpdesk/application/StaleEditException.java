package org.helpdesk.application;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The caller edited an old copy: someone else changed the record since it was read. Nothing was saved; the caller
 * must reload and decide again.
 */
public class StaleEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final String changedBy;
    private final Instant changedAt;

    public StaleEditException(String what, String changedBy, Instant changedAt) {
        super(what + " was changed by " + (changedBy == null ? "another user" : changedBy)
                + (changedAt == null ? "" : " at " + WHEN.format(changedAt))
                + " after you opened it: nothing was saved. Reload it and try again.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The minutes recorded on a ticket, net of reversals, per level: kept by the ticket with every time entry and
 * reversal (V71), so that the ticket itself knows whether a closure has hours and showing it needs no sum.
 */
@Embeddable
public class RecordedTime {

    @Column(name = "help_desk_minutes", nullable = false)
    private long helpDeskMinutes;

    @Column(name = "programming_minutes", nullable = false)
    private long programmingMinutes;

    /** Adds an entry (negative for a reversal) to its level. */
    void add(TimeEntry entry) {
        if (entry.getLevel() == WorkLevel.PROGRAMMING) {
            programmingMinutes += entry.getMinutes();
        } else {
            helpDeskMinutes += entry.getMinutes();
        }
    }

    /**
     * The reversal of {@code entry}, added here.
     *
     * @param alreadyReversed whether a reversal of {@code entry} exists already (the caller looks it up)
     * @throws TicketRuleException if the entry is a reversal itself or was reversed already
     */
    TimeEntry reverse(TimeEntry entry, boolean alreadyReversed, String reason, String by, Instant at,
            LocalDate onDate) {
        if (alreadyReversed) {
            throw new TicketRuleException("rule.entryAlreadyReversed", "Time entry #{0} has already been reversed.",
                    String.valueOf(entry.getId()));
        }
        TimeEntry reversal = entry.reversal(reason, by, at, onDate);
        add(reversal);
        return reversal;
    }

    long totalMinutes() {
        return helpDeskMinutes + programmingMinutes;
    }

    Hours hours() {
        return new Hours(helpDeskMinutes, programmingMinutes);
    }
}

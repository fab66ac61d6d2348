package org.helpdesk.domain.ticket;


/** Minutes recorded on a ticket, net of reversals, per level. */
public record Hours(long helpDeskMinutes, long programmingMinutes) {
    public long totalMinutes() {
        return helpDeskMinutes + programmingMinutes;
    }
}

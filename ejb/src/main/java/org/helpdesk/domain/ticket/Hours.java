package org.helpdesk.domain.ticket;


/** Minutes recorded on a ticket, net of reversals, per level. */
public record Hours(long helpDeskMinutes, long programmingMinutes) implements java.io.Serializable {
    public long totalMinutes() {
        return helpDeskMinutes + programmingMinutes;
    }
}

package org.helpdesk.domain.ticket;

/** How a ticket stands against one milestone target: see {@link ServiceTicket#milestoneStatus}. */
public enum MilestoneStatus {
    PENDING("Pending"),
    MET("Met"),
    MISSED("Missed");

    private final String label;

    MilestoneStatus(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

package org.helpdesk.domain.ticket;

/**
 * The three moments every call is measured by, in the order they are normally reached. The targets depend on
 * the severity: see {@link MilestoneTargets}.
 */
public enum Milestone {
    TAKING_CHARGE("Taking charge"),
    FIRST_FEEDBACK("First feedback"),
    RESOLUTION("Resolution");

    private final String label;

    Milestone(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

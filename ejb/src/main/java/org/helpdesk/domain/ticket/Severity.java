package org.helpdesk.domain.ticket;

/**
 * How serious a request is: the severity of a service ticket and the urgency of a programming ticket use the
 * same four levels. Only {@link #HIGH} is a blocking problem: programmers start on it at once instead of
 * scheduling it among the ordinary programming activities.
 */
public enum Severity {
    HIGH("High"),
    AVERAGE("Average"),
    LOW("Low"),
    SECONDARY("Secondary");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }

    /** @return whether the customer cannot work: true for {@link #HIGH} only */
    public boolean isBlocking() {
        return this == HIGH;
    }
}

package org.helpdesk.domain.ticket;

/** Who did the work a time entry records: the help desk (first level) or programming (second level). */
public enum WorkLevel {
    HELP_DESK("Help desk"),
    PROGRAMMING("Programming");

    private final String label;

    WorkLevel(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

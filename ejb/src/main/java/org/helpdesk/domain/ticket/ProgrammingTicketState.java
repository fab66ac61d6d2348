package org.helpdesk.domain.ticket;

/**
 * Where a programming ticket stands. Which actions each state allows is the table in {@link ProgrammingTicket}.
 */
public enum ProgrammingTicketState {
    OPEN("Open"),
    SCHEDULED("Scheduled"),
    IN_PROGRESS("In progress"),
    FIX_READY("Fix ready"),
    CLOSED("Closed");

    private final String label;

    ProgrammingTicketState(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

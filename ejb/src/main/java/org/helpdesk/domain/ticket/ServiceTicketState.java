package org.helpdesk.domain.ticket;

/**
 * Where a service ticket stands in the help desk process. Which actions each state allows is the table in
 * {@link ServiceTicket}; nothing outside that class changes the state.
 */
public enum ServiceTicketState {
    NEW("New"),
    TAKEN_IN_CHARGE("Taken in charge"),
    IN_PROGRAMMING("In programming"),
    AWAITING_VERIFICATION("Awaiting verification"),
    VERIFIED("Verified"),
    CLOSED("Closed");

    private final String label;

    ServiceTicketState(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

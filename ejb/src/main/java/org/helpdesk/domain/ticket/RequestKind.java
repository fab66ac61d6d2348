package org.helpdesk.domain.ticket;

/** What the customer asks for: only a software bug can be escalated to programming. */
public enum RequestKind {
    SOFTWARE_NEW_REQUEST("Software: new request"),
    SOFTWARE_BUG("Software: bug"),
    HARDWARE("Hardware");

    private final String label;

    RequestKind(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

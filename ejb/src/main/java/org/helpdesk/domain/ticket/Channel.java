package org.helpdesk.domain.ticket;

/** How a request reached the help desk, or how a closure was agreed with the customer. */
public enum Channel {
    PHONE("Phone"),
    EMAIL("E-mail"),
    CHAT("Chat"),
    REMOTE_ASSISTANCE("Remote assistance"),
    WEB("Web");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

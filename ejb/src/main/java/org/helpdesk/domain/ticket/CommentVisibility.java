package org.helpdesk.domain.ticket;

/**
 * Who may read a comment. A {@link #CUSTOMER} comment is a reply to the customer: the first one is the
 * first-feedback milestone. Programming tickets take {@link #INTERNAL} notes only.
 */
public enum CommentVisibility {
    INTERNAL("Internal"),
    CUSTOMER("Customer");

    private final String label;

    CommentVisibility(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }
}

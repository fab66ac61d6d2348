package org.helpdesk.domain.ticket;

/**
 * A business rule refused an action that the ticket's state allows, for example agreeing the closure before any
 * hours are recorded. The message tells the user what to do instead and is shown as it is.
 */
public class TicketRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TicketRuleException(String message) {
        super(message);
    }
}

package org.helpdesk.domain.ticket;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An action was attempted that the ticket's current state does not allow, typically because the screen was
 * stale. The message is meant for the user as it is, for example "Ticket HD-2026-000123 is Closed: it cannot be
 * taken in charge. Allowed now: Reopen, Comment."
 */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ticketNumber;
    private final Enum<?> currentState;
    private final Enum<?> attemptedAction;
    private final List<Enum<?>> allowedNow;

    /**
     * @param ticketNumber the ticket's human number
     * @param currentState the state the ticket is in, a {@link ServiceTicketState} or {@link ProgrammingTicketState}
     * @param stateLabel the state's human name
     * @param attemptedAction the refused action, a {@link ServiceTicket.Action} or {@link ProgrammingTicket.Action}
     * @param refusedPhrase what cannot happen, completing "it cannot ...", e.g. "be taken in charge"
     * @param allowedNow the actions the state does allow
     * @param labelOf the human name of an allowed action
     */
    <A extends Enum<A>> IllegalTransitionException(String ticketNumber, Enum<?> currentState, String stateLabel,
            A attemptedAction, String refusedPhrase, List<A> allowedNow, Function<A, String> labelOf) {
        super("Ticket " + ticketNumber + " is " + stateLabel + ": it cannot " + refusedPhrase + ". "
                + (allowedNow.isEmpty() ? "Nothing is allowed now."
                        : "Allowed now: " + allowedNow.stream().map(labelOf).collect(Collectors.joining(", ")) + "."));
        this.ticketNumber = ticketNumber;
        this.currentState = currentState;
        this.attemptedAction = attemptedAction;
        this.allowedNow = List.copyOf(allowedNow);
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    /** @return a {@link ServiceTicketState} or a {@link ProgrammingTicketState} */
    public Enum<?> getCurrentState() {
        return currentState;
    }

    /** @return a {@link ServiceTicket.Action} or a {@link ProgrammingTicket.Action} */
    public Enum<?> getAttemptedAction() {
        return attemptedAction;
    }

    /** @return the actions the current state allows, in the order of the action enum */
    public List<Enum<?>> getAllowedNow() {
        return allowedNow;
    }
}

package org.helpdesk.domain.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.helpdesk.domain.staff.Role;


/**
 * One line of a programming-ticket list, with what the reader may do to it now (the board's buttons), computed
 * from the state and the urgency as for the whole ticket ({@link ProgrammingTicket#actionsFor}).
 */
public record ProgrammingTicketSummary(String number, long version, ProgrammingTicketState state, Severity urgency,
        String title, String assignedProgrammer, LocalDate plannedDate, String plannedRelease, Instant openedAt,
        Set<ProgrammingTicket.Action> allowedActions) implements java.io.Serializable {

    /** The row as the query reads it, before the reader's actions are known. */
    public ProgrammingTicketSummary(String number, long version, ProgrammingTicketState state, Severity urgency,
            String title, String assignedProgrammer, LocalDate plannedDate, String plannedRelease,
            Instant openedAt) {
        this(number, version, state, urgency, title, assignedProgrammer, plannedDate, plannedRelease, openedAt,
                Set.of());
    }

    /** @return the same row with what a reader holding {@code roles} may do to it */
    public ProgrammingTicketSummary offeredTo(Set<Role> roles) {
        return new ProgrammingTicketSummary(number, version, state, urgency, title, assignedProgrammer,
                plannedDate, plannedRelease, openedAt, ProgrammingTicket.actionsFor(state, urgency, roles));
    }
}

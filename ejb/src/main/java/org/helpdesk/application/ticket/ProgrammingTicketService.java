package org.helpdesk.application.ticket;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.Assign;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Schedule;
import org.helpdesk.application.ticket.TicketCommands.UpdateSent;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ProgrammingTicketSummary;
import org.helpdesk.domain.ticket.Severity;

/**
 * The second level: programming tickets, scheduled by the programming managers and worked by the programmers.
 * Same rules as {@link ServiceTicketService} for transactions, versions and errors.
 */
@Local
public interface ProgrammingTicketService {

    /** PROGRAMMING_MANAGER: a planned date and/or release; never for a High (blocking) ticket. */
    ProgrammingTicketView schedule(@NotNull String number, @NotNull @Valid Schedule command);

    /** PROGRAMMING_MANAGER. */
    ProgrammingTicketView assign(@NotNull String number, @NotNull @Valid Assign command);

    /** PROGRAMMER (the caller takes it), PROGRAMMING_MANAGER. */
    ProgrammingTicketView start(@NotNull String number, @NotNull @Valid Versioned command);

    ProgrammingTicketView markFixReady(@NotNull String number, @NotNull @Valid Versioned command);

    /**
     * The update was sent to the customer: the programming ticket closes, every linked service ticket moves to
     * verification and each contact gets a mail. PROGRAMMER, PROGRAMMING_MANAGER.
     */
    ProgrammingTicketView recordUpdateSent(@NotNull String number, @NotNull @Valid UpdateSent command);

    /** PROGRAMMING_MANAGER, OPERATOR (after a failed verification). */
    ProgrammingTicketView reopen(@NotNull String number, @NotNull @Valid Reopen command);

    /** Internal notes only. */
    CommentView comment(@NotNull String number, @NotNull @Valid AddComment command);

    /**
     * OPERATOR, PROGRAMMER, PROGRAMMING_MANAGER. The level defaults to programming, or to help desk when the caller
     * is an operator with no programming role.
     */
    TimeEntryView logTime(@NotNull String number, @NotNull @Valid LogTime command);

    ProgrammingTicketView get(@NotNull String number);

    /** Newest first, optionally filtered; keyset-paginated like the service tickets. */
    Page<ProgrammingTicketSummary> list(ProgrammingTicketState state, Severity urgency, String assignee, String after,
            int limit);

    List<CommentView> comments(@NotNull String number);

    List<TimeEntryView> timeEntries(@NotNull String number);

    List<AuditEntryView> audit(@NotNull String number);
}

package org.helpdesk.application.ticket;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.AgreeClosure;
import org.helpdesk.application.ticket.TicketCommands.EditServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Escalate;
import org.helpdesk.application.ticket.TicketCommands.Link;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.OpenServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Reassign;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Resume;
import org.helpdesk.application.ticket.TicketCommands.Reversal;
import org.helpdesk.application.ticket.TicketCommands.Verification;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketCommands.WaitForCustomer;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;

/**
 * The life of a service ticket, first level and the help-desk side of the second.
 *
 * <p>Every change is one transaction: it either happens whole (state, audit events, time entries, queued mails) or
 * not at all. Edits and transitions carry the version the caller last read; if the ticket was edited or moved since,
 * nothing is saved and {@link StaleEditException} says who made that change and when. Comments and time entries are
 * appends: they carry no version and are never refused because the ticket changed meanwhile (nor do they make
 * anyone's copy stale). A change the current state does not allow throws
 * {@link org.helpdesk.domain.ticket.IllegalTransitionException}; one a business rule refuses throws
 * {@link org.helpdesk.domain.ticket.TicketRuleException}; an unknown ticket (the one acted on) throws
 * {@link NotFoundException}; an unknown customer, contact, programming ticket or staff user named in a command or a
 * filter throws {@link UnknownReferenceException}, naming the field. Roles: changes are for OPERATOR; reading is for
 * every staff role.
 */
@Local
public interface ServiceTicketService {

    /** Records a new request (state New). OPERATOR, ADMIN. */
    ServiceTicketView open(@NotNull @Valid OpenServiceTicket command);

    /** OPERATOR: the caller takes charge (milestone "taking charge"). */
    ServiceTicketView takeCharge(@NotNull String number, @NotNull @Valid Versioned command);

    ServiceTicketView reassign(@NotNull String number, @NotNull @Valid Reassign command);

    ServiceTicketView edit(@NotNull String number, @NotNull @Valid EditServiceTicket command);

    /** Opens a programming ticket for this software bug; High urgency notifies managers and on-duty programmers. */
    ProgrammingTicketView escalate(@NotNull String number, @NotNull @Valid Escalate command);

    /** Links an existing open programming ticket (the same bug reported again). */
    ServiceTicketView link(@NotNull String number, @NotNull @Valid Link command);

    /** The operator solved it at the first level: now verify with the customer (milestone "resolution"). */
    ServiceTicketView markResolved(@NotNull String number, @NotNull @Valid Versioned command);

    /**
     * OPERATOR: the ticket waits for the customer's answer to {@code question}, which is sent to them as an update (and
     * is the first feedback if none was given). The resolution clock stands still until a reply by mail or
     * {@link #resume}. Only a ticket taken in charge, not already waiting.
     */
    ServiceTicketView waitForCustomer(@NotNull String number, @NotNull @Valid WaitForCustomer command);

    /** OPERATOR: the customer answered some other way; the resolution clock runs again. */
    ServiceTicketView resume(@NotNull String number, @NotNull @Valid Resume command);

    /** The customer says it works, or not; a failure reopens the work (and the programming ticket if asked). */
    ServiceTicketView recordVerification(@NotNull String number, @NotNull @Valid Verification command);

    /**
     * Closes the ticket as agreed with the customer, with the hours spent; mails the contact. When no
     * customer-visible comment was written, the closure is the first feedback.
     */
    ServiceTicketView agreeClosure(@NotNull String number, @NotNull @Valid AgreeClosure command);

    ServiceTicketView reopen(@NotNull String number, @NotNull @Valid Reopen command);

    /**
     * OPERATOR, PROGRAMMER, PROGRAMMING_MANAGER; the first customer-visible one is the "first feedback". An append:
     * no version, never a stale-edit refusal.
     */
    CommentView comment(@NotNull String number, @NotNull @Valid AddComment command);

    /** OPERATOR, PROGRAMMER, PROGRAMMING_MANAGER; the level defaults to help desk. An append, as a comment. */
    TimeEntryView logTime(@NotNull String number, @NotNull @Valid LogTime command);

    /** Corrects a time entry by appending its reversal; nothing is deleted. Staff roles but AUDITOR. */
    TimeEntryView reverseTimeEntry(long entryId, @NotNull @Valid Reversal command);

    ServiceTicketView get(@NotNull String number);

    /**
     * Newest first, {@code limit} (1 to 500) at a time. Pass the previous page's {@code next} as {@code after}; the
     * list is keyset-paginated, so page 1,000 costs what page 1 does.
     */
    Page<ServiceTicketSummary> list(@NotNull TicketFilter filter, String after, int limit);

    /**
     * As {@link #list(TicketFilter, String, int)}, in {@code order}. The {@code after} cursor is only valid with the
     * order that made it; one made for another order is refused with an
     * {@link org.helpdesk.domain.shared.InvalidValueException}.
     */
    Page<ServiceTicketSummary> list(@NotNull TicketFilter filter, @NotNull TicketOrder order, String after,
            int limit);

    /** How many tickets match the state, severity, assignee, open-only and unassigned parts of {@code filter}. */
    long count(@NotNull TicketFilter filter);

    List<CommentView> comments(@NotNull String number);

    List<TimeEntryView> timeEntries(@NotNull String number);

    /** Every change to the ticket, oldest first. */
    List<AuditEntryView> audit(@NotNull String number);
}

package org.helpdesk.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CallerRoles;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.report.internal.MonthCloseGuard;
import org.helpdesk.application.survey.internal.SurveyLifecycle;
import org.helpdesk.application.ticket.ServiceTicketService;
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
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.customer.Customers;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.MilestoneTargetSettings;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.ServiceTickets;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.ticket.TicketOrder;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.domain.ticket.TimeEntry;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.domain.time.HelpDeskCalendar;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultServiceTicketService implements ServiceTicketService {

    static final int MAX_PAGE = 500;

    @Inject
    private ServiceTickets tickets;

    @Inject
    private ProgrammingTickets programmingTickets;

    @Inject
    private TicketHistory history;

    @Inject
    private Customers customers;

    @Inject
    private StaffMembers staff;

    @Inject
    private MilestoneTargetSettings targets;

    @Inject
    private UnitOfWork unitOfWork;

    @EJB
    private Notifications notifications;

    @Inject
    private Caller caller;

    @EJB
    private MonthCloseGuard monthClose;

    @EJB
    private SurveyLifecycle surveys;

    @EJB
    private StaleEdits staleEdits;

    @Resource
    private SessionContext context;

    @Inject
    private TicketClocks clocks;

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.ADMIN})
    public ServiceTicketView open(OpenServiceTicket command) {
        // Unknown ones are the request's fault (422, the field named); an inactive customer or contact is a rule of
        // the ticket's, which refuses it with its own message.
        Customer customer = customers.byCode(command.customer())
                .orElseThrow(() -> new UnknownReferenceException("customer", "notFound.customer",
                        "There is no customer {0}.", command.customer()));
        Contact contact = null;
        if (command.contactId() != null) {
            contact = customers.contact(command.contactId())
                    .filter(c -> c.belongsTo(customer))
                    .orElseThrow(() -> new UnknownReferenceException("contactId", "notFound.contact",
                            "Customer {0} has no contact {1}.", customer.getCode(), String.valueOf(command.contactId())));
        }
        Instant now = caller.now();
        ServiceTicket ticket = new ServiceTicket(tickets.nextNumber(HelpDeskCalendar.yearOf(now)),
                customer, contact, command.channel(), command.kind(), command.severity(), command.subject(),
                command.description(), caller.username(), now);
        // Its clocks before it is persisted, so that its one insert carries them (no update after it).
        clocks.record(ticket, now);
        tickets.add(ticket);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView takeCharge(String number, Versioned command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        ticket.takeCharge(caller.username(), now);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.ADMIN})
    public ServiceTicketView reassign(String number, Reassign command) {
        ServiceTicket ticket = editable(number, command.version());
        StaffUser operator = staff.byUsername(command.operator())
                .orElseThrow(() -> new UnknownReferenceException("operator", "notFound.staffUser",
                        "There is no staff user {0}.", command.operator()));
        if (!operator.isActive() || !operator.hasRole(Role.OPERATOR)) {
            throw new TicketRuleException("rule.notActiveOperator", "{0} is not an active operator.",
                    command.operator());
        }
        Instant now = caller.now();
        ticket.reassign(command.operator(), caller.username(), now);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView edit(String number, EditServiceTicket command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        String by = caller.username();
        ticket.editDetails(command.subject(), command.description(), command.channel(), command.kind(), by, now);
        if (ticket.getSeverity() != command.severity()) {
            ticket.changeSeverity(command.severity(), by, now);
        }
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ProgrammingTicketView escalate(String number, Escalate command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        String by = caller.username();
        ProgrammingTicket programming = new ProgrammingTicket(
                programmingTickets.nextNumber(HelpDeskCalendar.yearOf(now)), command.urgency(),
                command.title(), command.description(), by, now);
        programmingTickets.add(programming);
        ticket.escalate(programming, by, now);
        history.record(programming);
        save(ticket);
        if (programming.isBlocking()) {
            notifications.blockingProblemOpened(programming, ticket);
        }
        return Views.of(programming, CallerRoles.of(context));
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView link(String number, Link command) {
        ServiceTicket ticket = editable(number, command.version());
        ProgrammingTicket programming = programmingTickets.byNumber(command.programmingTicket())
                .orElseThrow(() -> new UnknownReferenceException("programmingTicket", "notFound.programmingTicket",
                        "There is no programming ticket {0}.", command.programmingTicket()));
        Instant now = caller.now();
        ticket.linkProgrammingTicket(programming, caller.username(), now);
        history.record(programming);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView markResolved(String number, Versioned command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        ticket.markResolved(caller.username(), now);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView recordVerification(String number, Verification command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        String by = caller.username();
        if (command.works()) {
            ticket.confirmVerification(command.note(), by, now);
        } else {
            ticket.failVerification(command.note(), command.reopenProgramming(), by, now)
                    .ifPresent(history::record);
        }
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView agreeClosure(String number, AgreeClosure command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        LocalDate today = HelpDeskCalendar.dateOf(now);
        if (command.minutesSpent() > 0) {
            monthClose.checkOpen(today);
        }
        ticket.agreeClosure(command.agreedWith(), command.how(), command.minutesSpent(), today, caller.username(), now)
                .ifPresent(history::add);
        // The questionnaire and the closure mail are written with the ticket, by the one flush of saved().
        notifications.closed(ticket, surveys.closed(ticket, now).orElse(null));
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView reopen(String number, Reopen command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        ticket.reopen(command.reason(), caller.username(), now);
        surveys.reopened(ticket, now);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView waitForCustomer(String number, WaitForCustomer command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        // Refused before the question is written, so that a refusal sends nothing.
        ticket.waitForCustomer(command.question(), caller.username(), now);
        Comment question = ticket.addComment(CommentVisibility.CUSTOMER, command.question(), caller.username(), now);
        history.add(question);
        notifications.customerUpdate(ticket, question);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView resume(String number, Resume command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        ticket.resume(command.note(), caller.username(), now);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public CommentView comment(String number, AddComment command) {
        ServiceTicket ticket = forAppend(number);
        Comment comment = ticket.addComment(command.visibility(), command.text(), caller.username(), caller.now());
        history.add(comment);
        if (comment.getVisibility() == CommentVisibility.CUSTOMER) {
            notifications.customerUpdate(ticket, comment);
        }
        save(ticket);
        return Views.of(comment);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public TimeEntryView logTime(String number, LogTime command) {
        ServiceTicket ticket = forAppend(number);
        WorkLevel level = command.level() == null ? WorkLevel.HELP_DESK : command.level();
        monthClose.checkOpen(command.workDate());
        TimeEntry entry = ticket.logTime(command.workDate(), command.minutes(), command.activity(), level,
                caller.username(), caller.now());
        history.add(entry);
        save(ticket);
        return Views.of(entry, ticket.getNumber());
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.ADMIN})
    public TimeEntryView reverseTimeEntry(long entryId, Reversal command) {
        TimeEntry entry = history.timeEntry(entryId)
                .orElseThrow(() -> new NotFoundException("notFound.timeEntry", "There is no time entry #{0}.",
                        String.valueOf(entryId)));
        Instant now = caller.now();
        String by = caller.username();
        LocalDate onDate = monthClose.reversalDate(entry.getWorkDate(), now);
        boolean reversed = history.isReversed(entry);
        TimeEntry reversal;
        String ticketNumber;
        if (entry.getServiceTicket() != null) {
            ServiceTicket ticket = forAppend(entry.getServiceTicket().getNumber());
            reversal = ticket.reverse(entry, reversed, command.reason(), by, now, onDate);
            history.add(reversal);
            save(ticket);
            ticketNumber = ticket.getNumber();
        } else {
            ProgrammingTicket ticket = programmingTickets.forAppend(entry.getProgrammingTicket().getNumber())
                    .orElseThrow();
            reversal = ticket.reverse(entry, reversed, command.reason(), by, now, onDate);
            history.add(reversal);
            history.record(ticket);
            unitOfWork.flush();
            ticketNumber = ticket.getNumber();
        }
        return Views.of(reversal, ticketNumber);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public ServiceTicketView get(String number) {
        ServiceTicket ticket = find(number);
        return Views.of(ticket, clocks.replay(ticket, caller.now()), CallerRoles.of(context));
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Page<ServiceTicketSummary> list(TicketFilter filter, String after, int limit) {
        return list(filter, TicketOrder.NEWEST_FIRST, after, limit);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Page<ServiceTicketSummary> list(TicketFilter filter, TicketOrder order, String after, int limit) {
        checkReferences(filter);
        return tickets.list(filter, order, after, pageSize(limit));
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public long count(TicketFilter filter) {
        checkReferences(filter);
        return tickets.count(filter);
    }

    private void checkReferences(TicketFilter filter) {
        if (filter.customer() != null && customers.byCode(filter.customer()).isEmpty()) {
            throw new UnknownReferenceException("customer", "notFound.customer", "There is no customer {0}.",
                    filter.customer());
        }
        if (filter.assignee() != null && staff.byUsername(filter.assignee()).isEmpty()) {
            throw new UnknownReferenceException("assignee", "notFound.staffUser", "There is no staff user {0}.",
                    filter.assignee());
        }
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<CommentView> comments(String number) {
        return history.comments(find(number)).stream().map(Views::of).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<TimeEntryView> timeEntries(String number) {
        ServiceTicket ticket = find(number);
        return history.timeEntries(ticket).stream().map(e -> Views.of(e, ticket.getNumber())).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<AuditEntryView> audit(String number) {
        ServiceTicket ticket = find(number);
        return history.audit(ticket).stream().map(Views::of).toList();
    }

    static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("The page size must be between 1 and " + MAX_PAGE + ".");
        }
        return limit;
    }

    private ServiceTicket find(String number) {
        return tickets.byNumber(number)
                .orElseThrow(() -> new NotFoundException("notFound.serviceTicket", "There is no service ticket {0}.", number));
    }

    /**
     * The ticket for an append (a comment, a time entry): no version to check, since an append overwrites nothing
     * and never conflicts; its row is locked until the end, so appends to one ticket take turns.
     */
    private ServiceTicket forAppend(String number) {
        return tickets.forAppend(number)
                .orElseThrow(() -> new NotFoundException("notFound.serviceTicket", "There is no service ticket {0}.", number));
    }

    /** The ticket for an edit or a transition, provided the caller saw its latest version. */
    private ServiceTicket editable(String number, long version) {
        ServiceTicket ticket = find(number);
        if (version > ticket.getVersion()) {
            // Not a stale edit: nobody ever saw this version, so there is nobody to name.
            throw new TicketRuleException("rule.noSuchVersion",
                    "Ticket {0} has no version {1}: its current version is {2}. Reload it and try again.", number,
                    String.valueOf(version), String.valueOf(ticket.getVersion()));
        }
        if (ticket.getVersion() != version) {
            throw StaleEdits.of(ticket, history.lastEdit(ticket));
        }
        return ticket;
    }

    /**
     * Journals the changes and flushes, so that an edit that lost the race against another one (both read the same
     * version) is refused here, naming who won and when.
     */
    /**
     * Replays the ticket's milestone clocks with its changes and keeps them on its row, then writes the ticket and its
     * history in one flush.
     */
    private MilestoneClocks save(ServiceTicket ticket) {
        MilestoneClocks replayed = clocks.record(ticket, caller.now());
        history.record(ticket);
        try {
            unitOfWork.flush();
        } catch (LostUpdateException e) {
            throw staleEdits.lostRace(e, EditedRecord.SERVICE_TICKET, ticket.getNumber());
        }
        return replayed;
    }

    private ServiceTicketView saved(ServiceTicket ticket, Instant now) {
        return Views.of(ticket, save(ticket), CallerRoles.of(context));
    }
}

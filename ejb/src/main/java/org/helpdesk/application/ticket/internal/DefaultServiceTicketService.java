package org.helpdesk.application.ticket.internal;

import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CallerRoles;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.report.internal.MonthCloseGuard;
import org.helpdesk.application.survey.internal.SurveyLifecycle;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.AgreeClosure;
import org.helpdesk.application.ticket.TicketCommands.EditServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Escalate;
import org.helpdesk.application.ticket.TicketCommands.Link;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.OpenServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Reassign;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Reversal;
import org.helpdesk.application.ticket.TicketCommands.Verification;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketFilter;
import org.helpdesk.application.ticket.TicketOrder;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.Hours;
import org.helpdesk.application.ticket.TicketViews.Page;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketSummary;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.TicketChange;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.domain.ticket.TimeEntry;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.infrastructure.persistence.ListPosition;
import org.helpdesk.infrastructure.persistence.TicketRepository;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultServiceTicketService implements ServiceTicketService {

    static final int MAX_PAGE = 500;

    @Inject
    private TicketRepository repository;

    @Inject
    private TicketJournal journal;

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

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.ADMIN})
    public ServiceTicketView open(OpenServiceTicket command) {
        // Unknown ones are the request's fault (422, the field named); an inactive customer or contact is a rule of
        // the ticket's, which refuses it with its own message.
        Customer customer = repository.customer(command.customer())
                .orElseThrow(() -> new UnknownReferenceException("customer", "notFound.customer",
                        "There is no customer {0}.", command.customer()));
        Contact contact = null;
        if (command.contactId() != null) {
            contact = repository.contact(command.contactId())
                    .filter(c -> c.belongsTo(customer))
                    .orElseThrow(() -> new UnknownReferenceException("contactId", "notFound.contact",
                            "Customer {0} has no contact {1}.", customer.getCode(), String.valueOf(command.contactId())));
        }
        Instant now = caller.now();
        ServiceTicket ticket = new ServiceTicket(repository.nextServiceTicketNumber(now.atZone(ZoneOffset.UTC).getYear()),
                customer, contact, command.channel(), command.kind(), command.severity(), command.subject(),
                command.description(), caller.username(), now);
        repository.persist(ticket);
        save(ticket);
        // A ticket just opened has no time entries: no need to ask the database for its hours.
        return Views.of(ticket, repository.targets(ticket.getSeverity()), new Hours(0, 0), now,
                CallerRoles.of(context));
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
        StaffUser operator = repository.staff(command.operator())
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
                repository.nextProgrammingTicketNumber(now.atZone(ZoneOffset.UTC).getYear()), command.urgency(),
                command.title(), command.description(), by, now);
        repository.persist(programming);
        ticket.escalate(programming, by, now);
        save(ticket);
        journal.record(programming);
        if (programming.isBlocking()) {
            notifications.blockingProblemOpened(programming, ticket);
        }
        return Views.of(programming, repository.hours(programming), CallerRoles.of(context));
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView link(String number, Link command) {
        ServiceTicket ticket = editable(number, command.version());
        ProgrammingTicket programming = repository.programmingTicket(command.programmingTicket())
                .orElseThrow(() -> new UnknownReferenceException("programmingTicket", "notFound.programmingTicket",
                        "There is no programming ticket {0}.", command.programmingTicket()));
        Instant now = caller.now();
        ticket.linkProgrammingTicket(programming, caller.username(), now);
        journal.record(programming);
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
            return saved(ticket, now);
        }
        if (command.reopenProgramming()) {
            ProgrammingTicket last = ticket.getProgrammingTickets().stream()
                    .filter(p -> p.getState() == ProgrammingTicketState.CLOSED)
                    .max(Comparator.comparing(ProgrammingTicket::getClosedAt))
                    .orElseThrow(() -> new TicketRuleException("rule.noClosedProgrammingToReopen",
                            "Ticket {0} has no closed programming ticket to reopen.", number));
            last.reopen(command.note(), by, now);
            journal.record(last);
        }
        ticket.failVerification(command.note(), by, now);
        return saved(ticket, now);
    }

    @Override
    @RolesAllowed(Role.Names.OPERATOR)
    public ServiceTicketView agreeClosure(String number, AgreeClosure command) {
        ServiceTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        String by = caller.username();
        if (command.minutesSpent() > 0) {
            monthClose.checkOpen(now.atZone(ZoneOffset.UTC).toLocalDate());
            TimeEntry entry = ticket.logTime(now.atZone(ZoneOffset.UTC).toLocalDate(), command.minutesSpent(),
                    "Hours agreed at closure with " + command.agreedWith(), WorkLevel.HELP_DESK, by, now);
            repository.persist(entry);
        }
        repository.flush();
        long recorded = repository.hours(ticket).totalMinutes();
        ticket.agreeClosure(command.agreedWith(), command.how(), recorded, by, now);
        ServiceTicketView view = saved(ticket, now);
        notifications.closed(ticket, surveys.closed(ticket, now).orElse(null));
        return view;
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
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public CommentView comment(String number, AddComment command) {
        ServiceTicket ticket = forAppend(number);
        Comment comment = ticket.addComment(command.visibility(), command.text(), caller.username(), caller.now());
        repository.persist(comment);
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
        repository.persist(entry);
        save(ticket);
        return Views.of(entry, ticket.getNumber());
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.ADMIN})
    public TimeEntryView reverseTimeEntry(long entryId, Reversal command) {
        TimeEntry entry = repository.timeEntry(entryId)
                .orElseThrow(() -> new NotFoundException("notFound.timeEntry", "There is no time entry #{0}.",
                        String.valueOf(entryId)));
        if (repository.isReversed(entry)) {
            throw new TicketRuleException("rule.entryAlreadyReversed", "Time entry #{0} has already been reversed.",
                    String.valueOf(entryId));
        }
        Instant now = caller.now();
        TimeEntry reversal = entry.reversal(command.reason(), caller.username(), now,
                monthClose.reversalDate(entry.getWorkDate(), now));
        repository.persist(reversal);
        TicketChange change = new TicketChange(TicketChange.TIME, String.valueOf(entry.getMinutes()),
                String.valueOf(reversal.getMinutes()), caller.username(), now, reversal.getActivity());
        String ticketNumber;
        if (entry.getServiceTicket() != null) {
            journal.record(entry.getServiceTicket(), change);
            ticketNumber = entry.getServiceTicket().getNumber();
        } else {
            journal.record(entry.getProgrammingTicket(), change);
            ticketNumber = entry.getProgrammingTicket().getNumber();
        }
        return Views.of(reversal, ticketNumber);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public ServiceTicketView get(String number) {
        ServiceTicket ticket = find(number);
        return Views.of(ticket, repository.targets(ticket.getSeverity()), repository.hours(ticket), caller.now(),
                CallerRoles.of(context));
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
        if (filter.customer() != null && repository.customer(filter.customer()).isEmpty()) {
            throw new UnknownReferenceException("customer", "notFound.customer", "There is no customer {0}.",
                    filter.customer());
        }
        if (filter.assignee() != null && repository.staff(filter.assignee()).isEmpty()) {
            throw new UnknownReferenceException("assignee", "notFound.staffUser", "There is no staff user {0}.",
                    filter.assignee());
        }
        return repository.serviceTickets(filter, order, after == null ? null : ListPosition.decode(after, order),
                pageSize(limit));
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public long count(TicketFilter filter) {
        return repository.count(filter);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<CommentView> comments(String number) {
        return repository.comments(find(number)).stream().map(Views::of).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<TimeEntryView> timeEntries(String number) {
        ServiceTicket ticket = find(number);
        return repository.timeEntries(ticket).stream().map(e -> Views.of(e, ticket.getNumber())).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<AuditEntryView> audit(String number) {
        ServiceTicket ticket = find(number);
        return repository.audit(AuditEvent.SERVICE, ticket.getId()).stream().map(Views::of).toList();
    }

    static int pageSize(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("The page size must be between 1 and " + MAX_PAGE + ".");
        }
        return limit;
    }

    private ServiceTicket find(String number) {
        return repository.serviceTicket(number)
                .orElseThrow(() -> new NotFoundException("notFound.serviceTicket", "There is no service ticket {0}.", number));
    }

    /**
     * The ticket for an append (a comment, a time entry): no version to check, since an append overwrites nothing
     * and never conflicts; its row is locked until the end, so appends to one ticket take turns.
     */
    private ServiceTicket forAppend(String number) {
        return repository.serviceTicketForAppend(number)
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
            throw StaleEdits.of(ticket, repository.lastEdit(AuditEvent.SERVICE, ticket.getId()));
        }
        return ticket;
    }

    /**
     * Journals the changes and flushes, so that an edit that lost the race against another one (both read the same
     * version) is refused here, naming who won and when.
     */
    private void save(ServiceTicket ticket) {
        journal.record(ticket);
        try {
            repository.flush();
        } catch (OptimisticLockException e) {
            throw staleEdits.lostRace(e, EditedRecord.SERVICE_TICKET, ticket.getNumber());
        }
    }

    private ServiceTicketView saved(ServiceTicket ticket, Instant now) {
        save(ticket);
        return Views.of(ticket, repository.targets(ticket.getSeverity()), repository.hours(ticket), now,
                CallerRoles.of(context));
    }
}

package org.helpdesk.application.ticket.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.application.UnknownReferenceException;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CallerRoles;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.report.internal.MonthCloseGuard;
import org.helpdesk.application.ticket.ProgrammingTicketService;
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
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.staff.StaffMembers;
import org.helpdesk.domain.staff.StaffUser;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.ProgrammingTicketSummary;
import org.helpdesk.domain.ticket.ProgrammingTickets;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketHistory;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.domain.ticket.TimeEntry;
import org.helpdesk.domain.ticket.WorkLevel;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultProgrammingTicketService implements ProgrammingTicketService {

    @Inject
    private TicketClocks clocks;

    @Inject
    private ProgrammingTickets tickets;

    @Inject
    private TicketHistory history;

    @Inject
    private StaffMembers staff;

    @Inject
    private UnitOfWork unitOfWork;


    @EJB
    private Notifications notifications;

    @Inject
    private Caller caller;

    @EJB
    private MonthCloseGuard monthClose;

    @EJB
    private StaleEdits staleEdits;

    @Resource
    private SessionContext context;

    @Override
    @RolesAllowed(Role.Names.PROGRAMMING_MANAGER)
    public ProgrammingTicketView schedule(String number, Schedule command) {
        ProgrammingTicket ticket = editable(number, command.version());
        ticket.schedule(command.plannedDate(), command.plannedRelease(), caller.username(), caller.now());
        return saved(ticket);
    }

    @Override
    @RolesAllowed(Role.Names.PROGRAMMING_MANAGER)
    public ProgrammingTicketView assign(String number, Assign command) {
        ProgrammingTicket ticket = editable(number, command.version());
        StaffUser programmer = staff.byUsername(command.programmer())
                .orElseThrow(() -> new UnknownReferenceException("programmer", "notFound.staffUser",
                        "There is no staff user {0}.", command.programmer()));
        if (!programmer.isActive() || !programmer.hasRole(Role.PROGRAMMER)) {
            throw new TicketRuleException("rule.notActiveProgrammer", "{0} is not an active programmer.",
                    command.programmer());
        }
        ticket.assign(command.programmer(), caller.username(), caller.now());
        return saved(ticket);
    }

    @Override
    @RolesAllowed({Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public ProgrammingTicketView start(String number, Versioned command) {
        ProgrammingTicket ticket = editable(number, command.version());
        ticket.start(caller.username(), caller.now());
        return saved(ticket);
    }

    @Override
    @RolesAllowed({Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public ProgrammingTicketView markFixReady(String number, Versioned command) {
        ProgrammingTicket ticket = editable(number, command.version());
        ticket.markFixReady(caller.username(), caller.now());
        return saved(ticket);
    }

    @Override
    @RolesAllowed({Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public ProgrammingTicketView recordUpdateSent(String number, UpdateSent command) {
        ProgrammingTicket ticket = editable(number, command.version());
        Instant now = caller.now();
        Set<ServiceTicket> moved = ticket.recordUpdateSent(command.updateVersion(), command.sentOn(),
                command.means(), caller.username(), now);
        List<ServiceTicket> services = ticket.getServiceTickets().stream()
                .sorted(Comparator.comparing(ServiceTicket::getNumber)).toList();
        for (ServiceTicket service : services) {
            // The programming time of each service ticket ends here.
            clocks.record(service, now);
            history.record(service);
            // Only a ticket that moved to verification has the fix to try: one still waiting for another
            // programming ticket stays put, and its contact is told when that one is delivered.
            if (moved.contains(service)) {
                notifications.updateSent(service, ticket);
            }
        }
        return saved(ticket);
    }

    @Override
    @RolesAllowed({Role.Names.PROGRAMMING_MANAGER, Role.Names.OPERATOR})
    public ProgrammingTicketView reopen(String number, Reopen command) {
        ProgrammingTicket ticket = editable(number, command.version());
        ticket.reopen(command.reason(), caller.username(), caller.now());
        return saved(ticket);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public CommentView comment(String number, AddComment command) {
        ProgrammingTicket ticket = forAppend(number);
        Comment comment = ticket.addComment(command.visibility(), command.text(), caller.username(), caller.now());
        history.add(comment);
        save(ticket);
        return Views.of(comment);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER})
    public TimeEntryView logTime(String number, LogTime command) {
        ProgrammingTicket ticket = forAppend(number);
        WorkLevel level = command.level() == null ? defaultLevel() : command.level();
        monthClose.checkOpen(command.workDate());
        TimeEntry entry = ticket.logTime(command.workDate(), command.minutes(), command.activity(), level,
                caller.username(), caller.now());
        history.add(entry);
        save(ticket);
        return Views.of(entry, ticket.getNumber());
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public ProgrammingTicketView get(String number) {
        ProgrammingTicket ticket = find(number);
        return Views.of(ticket, CallerRoles.of(context));
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public Page<ProgrammingTicketSummary> list(ProgrammingTicketState state, Severity urgency, String assignee,
            String after, int limit) {
        if (assignee != null && staff.byUsername(assignee).isEmpty()) {
            throw new UnknownReferenceException("assignee", "notFound.staffUser", "There is no staff user {0}.",
                    assignee);
        }
        Page<ProgrammingTicketSummary> rows = tickets.list(state, urgency, assignee, after,
                DefaultServiceTicketService.pageSize(limit));
        Set<Role> roles = CallerRoles.of(context);
        return new Page<>(rows.items().stream().map(row -> row.offeredTo(roles)).toList(), rows.next());
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
        ProgrammingTicket ticket = find(number);
        return history.timeEntries(ticket).stream().map(e -> Views.of(e, ticket.getNumber())).toList();
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public List<AuditEntryView> audit(String number) {
        ProgrammingTicket ticket = find(number);
        return history.audit(ticket).stream().map(Views::of).toList();
    }

    /**
     * Time on a programming ticket is programming time, unless an operator (who is not also in programming) logs
     * it: the help desk's time stays help-desk time, so the split of the hours by level stays true.
     */
    private WorkLevel defaultLevel() {
        Set<Role> roles = CallerRoles.of(context);
        return roles.contains(Role.PROGRAMMER) || roles.contains(Role.PROGRAMMING_MANAGER) ? WorkLevel.PROGRAMMING
                : WorkLevel.HELP_DESK;
    }

    private ProgrammingTicket find(String number) {
        return tickets.byNumber(number)
                .orElseThrow(() -> new NotFoundException("notFound.programmingTicket", "There is no programming ticket {0}.",
                        number));
    }

    /** The ticket for an append: no version, its row locked until the end (see the service ticket's). */
    private ProgrammingTicket forAppend(String number) {
        return tickets.forAppend(number)
                .orElseThrow(() -> new NotFoundException("notFound.programmingTicket", "There is no programming ticket {0}.",
                        number));
    }

    /** The ticket for an edit or a transition, provided the caller saw its latest version. */
    private ProgrammingTicket editable(String number, long version) {
        ProgrammingTicket ticket = find(number);
        if (version > ticket.getVersion()) {
            // Not a stale edit: nobody ever saw this version, so there is nobody to name.
            throw new TicketRuleException("rule.noSuchProgrammingVersion",
                    "Programming ticket {0} has no version {1}: its current version is {2}. Reload it and try again.",
                    number, String.valueOf(version), String.valueOf(ticket.getVersion()));
        }
        if (ticket.getVersion() != version) {
            throw StaleEdits.of(ticket, history.lastEdit(ticket));
        }
        return ticket;
    }

    /**
     * Journals the changes and flushes: an edit that lost the race against another one is refused here, naming who
     * won and when (the loser may also be a linked service ticket the update sent moved).
     */
    private void save(ProgrammingTicket ticket) {
        history.record(ticket);
        try {
            unitOfWork.flush();
        } catch (LostUpdateException e) {
            throw staleEdits.lostRace(e, EditedRecord.PROGRAMMING_TICKET, ticket.getNumber());
        }
    }

    private ProgrammingTicketView saved(ProgrammingTicket ticket) {
        save(ticket);
        return Views.of(ticket, CallerRoles.of(context));
    }
}

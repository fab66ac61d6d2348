package org.helpdesk.application.ticket.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.ClosureView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ContactRef;
import org.helpdesk.application.ticket.TicketViews.CustomerRef;
import org.helpdesk.application.ticket.TicketViews.LinkedServiceTicket;
import org.helpdesk.application.ticket.TicketViews.LinkedTicket;
import org.helpdesk.application.ticket.TicketViews.MilestoneView;
import org.helpdesk.application.ticket.TicketViews.PauseView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ResolutionSplit;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.AuditEvent;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.TimeEntry;

/** Entities to view records, inside the transaction that loaded them. */
public final class Views {

    private Views() {
    }

    /** @param roles the reader's, for the actions offered to them */
    public static ServiceTicketView of(ServiceTicket t, MilestoneClocks clocks, Set<Role> roles) {
        List<MilestoneView> milestones = clocks.all().stream()
                .map(c -> new MilestoneView(c.milestone(), c.dueAt(), c.reachedAt(), c.status(),
                        (int) c.target().toMinutes(), c.mode(), c.elapsedMinutes(), c.warnAt(),
                        c.pauses().stream().map(p -> new PauseView(p.from(), p.to(), p.reason())).toList()))
                .toList();
        ClosureView closure = t.getClosure()
                .map(c -> new ClosureView(c.agreedWith(), c.channel(), c.closedAt(), c.closedBy())).orElse(null);
        List<LinkedTicket> links = t.getProgrammingTickets().stream()
                .sorted(Comparator.comparing(ProgrammingTicket::getNumber))
                .map(p -> new LinkedTicket(p.getNumber(), p.getTitle(), p.getState(), p.getUrgency()))
                .toList();
        Contact c = t.getContact();
        return new ServiceTicketView(t.getNumber(), t.getVersion(), t.getState(),
                new CustomerRef(t.getCustomer().getCode(), t.getCustomer().getName()),
                c == null ? null : new ContactRef(c.getId(), c.getName(), c.getEmail(), c.getPhone(),
                        c.getLanguage().getLanguage()),
                t.getChannel(), t.getKind(), t.getSeverity(), t.getSubject(), t.getDescription(),
                t.getAssignedOperator(), t.getOpenedAt(), t.getOpenedBy(), milestones, closure, links, t.hours(),
                t.getReopenCount(), t.actionsFor(roles), t.getLastModifiedAt(), t.getLastModifiedBy(),
                t.isAwaitingQualification(), t.getFollowsUp(), t.waitingSince().orElse(null),
                new ResolutionSplit(MilestoneClocks.minutes(clocks.split().helpDesk()),
                        MilestoneClocks.minutes(clocks.split().programming())));
    }

    /** @param roles the reader's, for the actions offered to them */
    public static ProgrammingTicketView of(ProgrammingTicket p, Set<Role> roles) {
        List<LinkedServiceTicket> links = p.getServiceTickets().stream()
                .sorted(Comparator.comparing(ServiceTicket::getNumber))
                .map(s -> new LinkedServiceTicket(s.getNumber(), s.getSubject(), s.getState(),
                        s.getCustomer().getCode()))
                .toList();
        return new ProgrammingTicketView(p.getNumber(), p.getVersion(), p.getState(), p.getUrgency(), p.isBlocking(),
                p.getTitle(), p.getDescription(), p.getAssignedProgrammer(), p.getPlannedDate(),
                p.getPlannedRelease(), p.getOpenedAt(), p.getOpenedBy(), p.getFixReadyAt(), p.getUpdateVersion(),
                p.getUpdateSentOn(), p.getUpdateMeans(), p.getClosedAt(), links, p.hours(), p.getReopenCount(),
                p.actionsFor(roles),
                p.getLastModifiedAt(), p.getLastModifiedBy());
    }

    public static CommentView of(Comment c) {
        return new CommentView(c.getId(), c.getVisibility(), c.getText(), c.getAuthor(), c.getCreatedAt());
    }

    public static TimeEntryView of(TimeEntry e, String ticketNumber) {
        return new TimeEntryView(e.getId(), ticketNumber, e.getStaffUsername(), e.getWorkDate(), e.getMinutes(),
                e.getActivity(), e.getLevel(), e.getRecordedAt(), e.getRecordedBy(),
                e.getReverses() == null ? null : e.getReverses().getId());
    }

    public static AuditEntryView of(AuditEvent a) {
        return new AuditEntryView(a.getId(), a.getAt(), a.getActor(), a.getField().code(), a.getOldValue(), a.getNewValue(),
                a.getNote());
    }
}

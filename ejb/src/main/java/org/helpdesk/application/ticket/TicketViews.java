package org.helpdesk.application.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.ClockMode;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.Hours;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.MilestoneClocks;
import org.helpdesk.domain.ticket.MilestoneStatus;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * What the services return: plain, detached records built inside the transaction with everything a screen or
 * the REST API shows. Nothing here is lazy.
 */
public final class TicketViews {

    private TicketViews() {
    }

    public record CustomerRef(String code, String name) implements java.io.Serializable {
    }

    public record ContactRef(Long id, String name, String email, String phone, String language) implements java.io.Serializable {
    }

    /**
     * One milestone's clock, explained: its target and how it counts, when it is due, the time counted so far (or
     * until it was reached), when it stood still, and the result.
     *
     * @param dueAt null while the clock stands still before the target was used up
     * @param warnAt when the operator is (or was) warned; null as {@code dueAt}
     * @param elapsedMinutes counted until the milestone was reached, or until now
     */
    public record MilestoneView(Milestone milestone, Instant dueAt, Instant reachedAt, MilestoneStatus status,
            int targetMinutes, ClockMode clockMode, long elapsedMinutes, Instant warnAt, List<PauseView> pauses) implements java.io.Serializable {
    }

    /** A stretch during which the resolution clock stood still; {@code to} is null while it still does. */
    public record PauseView(Instant from, Instant to, MilestoneClocks.PauseReason reason) implements java.io.Serializable {
    }

    /** The resolution time so far (or until it was reached): in the help desk's hands and in programming. */
    public record ResolutionSplit(long helpDeskMinutes, long programmingMinutes) implements java.io.Serializable {
    }

    public record ClosureView(String agreedWith, Channel how, Instant closedAt, String closedBy) implements java.io.Serializable {
    }

    public record LinkedTicket(String number, String title, ProgrammingTicketState state, Severity urgency) implements java.io.Serializable {
    }

    public record LinkedServiceTicket(String number, String subject, ServiceTicketState state, String customerCode) implements java.io.Serializable {
    }


    /**
     * One service ticket, whole. {@code version} goes back with the next change, to catch stale edits.
     * {@code allowedActions} is what the reader may do now ({@link ServiceTicket#actionsFor}): what the state, the
     * rules and their roles allow, the actions the screens offer.
     */
    public record ServiceTicketView(String number, long version, ServiceTicketState state, CustomerRef customer,
            ContactRef contact, Channel channel, RequestKind kind, Severity severity, String subject,
            String description, String assignedOperator, Instant openedAt, String openedBy,
            List<MilestoneView> milestones, ClosureView closure, List<LinkedTicket> programmingTickets,
            Hours hours, int reopenCount, Set<ServiceTicket.Action> allowedActions, Instant lastModifiedAt,
            String lastModifiedBy, boolean awaitingQualification, String followsUp, Instant waitingSince,
            ResolutionSplit resolutionSplit) implements java.io.Serializable {
    }


    /** One programming ticket, whole; {@code allowedActions} as for {@link ServiceTicketView}. */
    public record ProgrammingTicketView(String number, long version, ProgrammingTicketState state, Severity urgency,
            boolean blocking, String title, String description, String assignedProgrammer, LocalDate plannedDate,
            String plannedRelease, Instant openedAt, String openedBy, Instant fixReadyAt, String updateVersion,
            LocalDate updateSentOn, String updateMeans, Instant closedAt, List<LinkedServiceTicket> serviceTickets,
            Hours hours, int reopenCount, Set<ProgrammingTicket.Action> allowedActions, Instant lastModifiedAt,
            String lastModifiedBy) implements java.io.Serializable {
    }


    public record CommentView(long id, CommentVisibility visibility, String text, String author, Instant createdAt) implements java.io.Serializable {
    }

    public record TimeEntryView(long id, String ticketNumber, String staff, LocalDate workDate, int minutes,
            String activity, WorkLevel level, Instant recordedAt, String recordedBy, Long reverses) implements java.io.Serializable {
    }

    public record AuditEntryView(long id, Instant at, String actor, String field, String oldValue, String newValue,
            String note) implements java.io.Serializable {
    }

}

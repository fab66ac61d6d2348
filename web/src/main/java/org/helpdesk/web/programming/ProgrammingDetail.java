package org.helpdesk.web.programming;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.People;

/** One programming ticket: its fields, linked service tickets, history, notes and hours, and its actions. */
@Named
@ViewScoped
public class ProgrammingDetail extends ProgrammingWork {

    @Inject
    private People people;

    private static final long serialVersionUID = 1L;

    private String number;
    private ProgrammingTicketView ticket;
    private List<CommentView> comments = List.of();
    private List<TimeEntryView> timeEntries = List.of();
    private List<AuditEntryView> audit = List.of();

    public void load() {
        try {
            ticket = programming.get(number);
            comments = programming.comments(number);
            timeEntries = programming.timeEntries(number);
            audit = programming.audit(number);
        } catch (NotFoundException e) {
            ticket = null;
            Messages.error(Messages.refusal(e));
        }
    }

    @Override
    protected void reload() {
        load();
    }

    @Override
    protected long versionOf(String ignored) {
        return ticket.version();
    }

    /** @param action a {@link ProgrammingTicket.Action} name: whether the ticket offers it to the user now */
    public boolean can(String action) {
        return ticket != null && ticket.allowedActions().contains(ProgrammingTicket.Action.valueOf(action));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ProgrammingTicketView getTicket() {
        return ticket;
    }

    public List<CommentView> getComments() {
        return comments;
    }

    public List<TimeEntryView> getTimeEntries() {
        return timeEntries;
    }

    public List<AuditEntryView> getAudit() {
        return audit;
    }

    /** A value of the history as the reader says it: states and urgencies translated, people by name. */
    public String value(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        try {
            return switch (field) {
                case "state" -> Messages.format("enum.ProgrammingTicketState." + ProgrammingTicketState.valueOf(raw));
                case "urgency", "severity" -> Messages.format("enum.Severity." + Severity.valueOf(raw));
                case "assignee", "created" -> "created".equals(field)
                        ? Messages.format("enum.ProgrammingTicketState." + ProgrammingTicketState.valueOf(raw))
                        : people.name(raw);
                default -> raw;
            };
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}

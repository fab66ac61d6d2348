package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.AgreeClosure;
import org.helpdesk.application.ticket.TicketCommands.Escalate;
import org.helpdesk.application.ticket.TicketCommands.Link;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.Reassign;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Verification;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CommentView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.Messages;

/**
 * One service ticket: all it holds, and the actions it offers the signed-in user now (its state, its rules and the
 * user's roles, the list the REST API gives too; the screen offers no other). Each action
 * sends the version shown; a stale one is refused by the service and the screen offers to reload.
 */
@Named
@ViewScoped
public class TicketDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceTicketService tickets;

    @EJB
    private StaffService staff;

    private String number;
    private ServiceTicketView ticket;
    private List<CommentView> comments = List.of();
    private List<TimeEntryView> timeEntries = List.of();
    private List<AuditEntryView> audit = List.of();

    private CommentVisibility commentVisibility = CommentVisibility.CUSTOMER;
    private String commentText;
    private LocalDate workDate = LocalDate.now(Formats.ZONE);
    private Integer minutes;
    private String activity;
    private WorkLevel level = WorkLevel.HELP_DESK;
    private Severity urgency;
    private String programmingTitle;
    private String programmingDescription;
    private String linkNumber;
    private boolean works = true;
    private String verificationNote;
    private boolean reopenProgramming;
    private String agreedWith;
    private Channel agreedHow = Channel.PHONE;
    private Integer closureMinutes;
    private String reopenReason;
    private String operator;

    /** Loads the ticket named by the {@code number} parameter; an unknown one shows a message, not an error. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.error(Messages.format("detail.noNumber"));
            return;
        }
        try {
            ticket = tickets.get(number);
            comments = tickets.comments(number);
            timeEntries = tickets.timeEntries(number);
            audit = tickets.audit(number);
            if (urgency == null) {
                urgency = ticket.severity();
                programmingTitle = ticket.subject();
                programmingDescription = ticket.description();
            }
            if (agreedWith == null && ticket.contact() != null) {
                agreedWith = ticket.contact().name();
            }
        } catch (NotFoundException e) {
            ticket = null;
            Messages.error(Messages.refusal(e));
        }
    }

    /** @param action a {@link ServiceTicket.Action} name: whether the ticket offers it to the signed-in user now */
    public boolean can(String action) {
        return ticket != null && ticket.allowedActions().contains(ServiceTicket.Action.valueOf(action));
    }

    public void takeCharge() {
        done(Messages.attempt(() -> tickets.takeCharge(number, new Versioned(ticket.version()))), "done.takeCharge");
    }

    public void reassign() {
        done(Messages.attempt(() -> tickets.reassign(number, new Reassign(ticket.version(), operator))),
                "done.reassign");
    }

    public void comment() {
        if (Messages.attempt(() -> tickets.comment(number, new AddComment(commentVisibility, commentText))) != null) {
            commentText = null;
            reloadWith("done.comment");
        }
    }

    public void logTime() {
        if (Messages.attempt(() -> tickets.logTime(number, new LogTime(workDate, minutes, activity, level))) != null) {
            minutes = null;
            activity = null;
            reloadWith("done.logTime");
        }
    }

    public void escalate() throws IOException {
        ProgrammingTicketView created = Messages.attempt(() -> tickets.escalate(number,
                new Escalate(ticket.version(), urgency, programmingTitle, programmingDescription)));
        if (created != null) {
            reloadWith("done.escalate", created.number());
        }
    }

    public void link() {
        done(Messages.attempt(() -> tickets.link(number, new Link(ticket.version(), linkNumber))), "done.link");
    }

    public void markResolved() {
        done(Messages.attempt(() -> tickets.markResolved(number, new Versioned(ticket.version()))), "done.resolve");
    }

    public void verify() {
        done(Messages.attempt(() -> tickets.recordVerification(number,
                new Verification(ticket.version(), works, verificationNote, reopenProgramming))),
                works ? "done.verified" : "done.verificationFailed");
    }

    public void agreeClosure() {
        done(Messages.attempt(() -> tickets.agreeClosure(number,
                new AgreeClosure(ticket.version(), agreedWith, agreedHow, closureMinutes))), "done.closed");
    }

    public void reopen() {
        done(Messages.attempt(() -> tickets.reopen(number, new Reopen(ticket.version(), reopenReason))),
                "done.reopened");
    }

    /** After a stale edit: shows the ticket as it is now. */
    public void reload() {
        load();
    }

    private void done(ServiceTicketView result, String key) {
        if (result != null) {
            reloadWith(key);
        }
    }

    private void reloadWith(String key, Object... arguments) {
        load();
        Messages.info(key, arguments);
    }

    public List<StaffService.StaffView> getOperators() {
        return staff.withRole(Role.OPERATOR);
    }

    public boolean isCreatedNow() {
        return number != null && number.equals(FacesContext.getCurrentInstance().getExternalContext().getFlash()
                .get("created"));
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public WorkLevel[] getLevels() {
        return WorkLevel.values();
    }

    public CommentVisibility[] getVisibilities() {
        return CommentVisibility.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public ServiceTicketView getTicket() {
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

    public CommentVisibility getCommentVisibility() {
        return commentVisibility;
    }

    public void setCommentVisibility(CommentVisibility commentVisibility) {
        this.commentVisibility = commentVisibility;
    }

    public String getCommentText() {
        return commentText;
    }

    public void setCommentText(String commentText) {
        this.commentText = commentText;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public void setWorkDate(LocalDate workDate) {
        this.workDate = workDate;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public WorkLevel getLevel() {
        return level;
    }

    public void setLevel(WorkLevel level) {
        this.level = level;
    }

    public Severity getUrgency() {
        return urgency;
    }

    public void setUrgency(Severity urgency) {
        this.urgency = urgency;
    }

    public String getProgrammingTitle() {
        return programmingTitle;
    }

    public void setProgrammingTitle(String programmingTitle) {
        this.programmingTitle = programmingTitle;
    }

    public String getProgrammingDescription() {
        return programmingDescription;
    }

    public void setProgrammingDescription(String programmingDescription) {
        this.programmingDescription = programmingDescription;
    }

    public String getLinkNumber() {
        return linkNumber;
    }

    public void setLinkNumber(String linkNumber) {
        this.linkNumber = linkNumber;
    }

    public boolean isWorks() {
        return works;
    }

    public void setWorks(boolean works) {
        this.works = works;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public boolean isReopenProgramming() {
        return reopenProgramming;
    }

    public void setReopenProgramming(boolean reopenProgramming) {
        this.reopenProgramming = reopenProgramming;
    }

    public String getAgreedWith() {
        return agreedWith;
    }

    public void setAgreedWith(String agreedWith) {
        this.agreedWith = agreedWith;
    }

    public Channel getAgreedHow() {
        return agreedHow;
    }

    public void setAgreedHow(Channel agreedHow) {
        this.agreedHow = agreedHow;
    }

    public Integer getClosureMinutes() {
        return closureMinutes;
    }

    public void setClosureMinutes(Integer closureMinutes) {
        this.closureMinutes = closureMinutes;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }

    public String getOperator() {
        return operator;
    }

    public void setOperator(String operator) {
        this.operator = operator;
    }
}

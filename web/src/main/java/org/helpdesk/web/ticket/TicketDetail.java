package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.mail.ConversationService.Attention;
import org.helpdesk.application.mail.ConversationService.EntryKind;
import org.helpdesk.application.mail.ConversationService.TimelineEntry;
import org.helpdesk.application.staff.StaffService;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.application.ticket.TicketCommands.AddComment;
import org.helpdesk.application.ticket.TicketCommands.AgreeClosure;
import org.helpdesk.application.ticket.TicketCommands.EditServiceTicket;
import org.helpdesk.application.ticket.TicketCommands.Escalate;
import org.helpdesk.application.ticket.TicketCommands.Link;
import org.helpdesk.application.ticket.TicketCommands.LogTime;
import org.helpdesk.application.ticket.TicketCommands.Reassign;
import org.helpdesk.application.ticket.TicketCommands.Reopen;
import org.helpdesk.application.ticket.TicketCommands.Resume;
import org.helpdesk.application.ticket.TicketCommands.Verification;
import org.helpdesk.application.ticket.TicketCommands.Versioned;
import org.helpdesk.application.ticket.TicketCommands.WaitForCustomer;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.MailText;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.UserSession;

/**
 * One service ticket: all it holds, and the actions it offers the signed-in user now (its state, its rules and the
 * user's roles, the list the REST API gives too; the screen offers no other). Each action
 * sends the version shown; a stale one is refused by the service and the screen offers to reload.
 *
 * <p>The conversation is one timeline, oldest first: the customer's mails, the replies (customer comments, mailed)
 * and the internal notes. A mail that waits for an operator offers what settles it: a new contact to confirm, a
 * reply after the closure to reopen the ticket for. The reply box says which of the two a comment is; a customer
 * update is preselected only where it reaches someone (a contact with an address, or a ticket that came by mail).</p>
 */
@Named
@ViewScoped
public class TicketDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ServiceTicketService tickets;

    @EJB
    private StaffService staff;

    @EJB
    private ConversationService conversations;

    @Inject
    private UserSession session;

    private String number;
    private ServiceTicketView ticket;
    private List<TimelineEntry> timeline = List.of();
    /** What the operator types to confirm a new contact, by mail id. */
    private final Map<Long, NewContact> newContacts = new HashMap<>();
    private List<TimeEntryView> timeEntries = List.of();
    private List<AuditEntryView> audit = List.of();

    /** Chosen by the first load (see {@link #defaultVisibility}), then the user's. */
    private CommentVisibility commentVisibility;
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
    private String question;
    private String resumeNote;
    private String operator;
    private Channel editChannel;
    private RequestKind editKind;
    private Severity editSeverity;
    private String editSubject;
    private String editDescription;

    /** The name and language of a mail's sender, as the operator confirms them as a new contact. */
    public static final class NewContact implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private String language;

        NewContact(String name, String language) {
            this.name = name;
            this.language = language;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getLanguage() {
            return language;
        }

        public void setLanguage(String language) {
            this.language = language;
        }
    }

    /** Loads the ticket named by the {@code number} parameter; an unknown one shows a message, not an error. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.error(Messages.format("detail.noNumber"));
            return;
        }
        try {
            ticket = tickets.get(number);
            timeline = conversations.timeline(number);
            timeline.stream().filter(e -> e.attention() == Attention.NEW_CONTACT)
                    .forEach(e -> newContacts.computeIfAbsent(e.id(), id -> new NewContact(sender(e).name(),
                            session.getLanguage())));
            if (commentVisibility == null) {
                commentVisibility = defaultVisibility(ticket, timeline);
            }
            editChannel = ticket.channel();
            editKind = ticket.kind();
            editSeverity = ticket.severity();
            editSubject = ticket.subject();
            editDescription = ticket.description();
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

    /**
     * A customer update where it reaches someone: the ticket's contact has an address, or the customer wrote by mail
     * (the reply goes back to the sender). Otherwise, and on a closed ticket (which takes internal notes only), an
     * internal note. The user sees the choice and may change it.
     */
    static CommentVisibility defaultVisibility(ServiceTicketView ticket, List<TimelineEntry> timeline) {
        if (ticket.state() == ServiceTicketState.CLOSED) {
            return CommentVisibility.INTERNAL;
        }
        boolean contactHasAddress = ticket.contact() != null && ticket.contact().email() != null
                && !ticket.contact().email().isBlank();
        boolean cameByMail = ticket.channel() == Channel.EMAIL
                || timeline.stream().anyMatch(e -> e.kind() == EntryKind.CUSTOMER_MAIL);
        return contactHasAddress || cameByMail ? CommentVisibility.CUSTOMER : CommentVisibility.INTERNAL;
    }

    /** Only operators settle waiting mails, and only they may read the queue: nobody else is asked for it. */

    /** The sender of a customer's mail: from the waiting queue when it is there, else read from the author. */
    public MailText.Sender sender(TimelineEntry entry) {
        if (entry.fromAddress() != null) {
            return new MailText.Sender(entry.fromName(), entry.fromAddress());
        }
        return MailText.sender(entry.author());
    }

    /** Whether the user may settle the mail's attention here (operators do; the others only see it). */
    public boolean canSettle(TimelineEntry entry) {
        return entry.attention() != null && session.hasRole(Role.Names.OPERATOR);
    }

    /** What the operator typed for the mail's new contact (made by {@link #load} for every such mail). */
    public NewContact newContact(TimelineEntry entry) {
        return newContacts.get(entry.id());
    }

    /** The sender of a mail becomes a contact of the ticket's customer (and the ticket's, where it has none). */
    public void confirmContact(TimelineEntry entry) {
        NewContact contact = newContact(entry);
        if (contact == null) {
            return;
        }
        String name = contact.getName() == null ? null : contact.getName().strip();
        if (name == null || name.isEmpty()) {
            Messages.error(Messages.format("mail.contactNameMissing"));
            return;
        }
        if (Messages.attempt(() -> conversations.confirmContact(entry.id(), name, contact.getLanguage()))) {
            newContacts.remove(entry.id());
            reloadWith("mail.done.contactAdded", sender(entry).address(), ticket.customer().name());
        }
    }

    public void dismiss(TimelineEntry entry) {
        if (Messages.attempt(() -> conversations.dismiss(entry.id()))) {
            reloadWith("mail.done.dismissed");
        }
    }

    /**
     * Reopens the ticket for a reply that came after its closure, with that as the reason, and clears the mail's flag
     * if reopening left it set: the operator decided.
     */
    public void reopenFor(TimelineEntry entry) {
        String reason = Messages.format("mail.reopenReason", entry.subject() == null ? "" : entry.subject());
        if (Messages.attempt(() -> tickets.reopen(number, new Reopen(ticket.version(), reason))) == null) {
            return;
        }
        load();
        boolean stillWaits = timeline.stream().anyMatch(e -> e.id() == entry.id()
                && e.kind() == EntryKind.CUSTOMER_MAIL && e.attention() == Attention.CLOSED_TICKET_REPLY);
        if (stillWaits && Messages.attempt(() -> conversations.dismiss(entry.id()))) {
            load();
        }
        Messages.info("done.reopened");
    }

    /** Saving the details qualifies a ticket that came by mail, whether or not the guesses changed. */
    public void edit() {
        done(Messages.attempt(() -> tickets.edit(number, new EditServiceTicket(ticket.version(), editChannel, editKind,
                editSeverity, editSubject, editDescription))), "done.edit");
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

    public void waitForCustomer() {
        done(Messages.attempt(() -> tickets.waitForCustomer(number, new WaitForCustomer(ticket.version(), question))),
                "done.waiting");
    }

    public void resume() {
        done(Messages.attempt(() -> tickets.resume(number, new Resume(ticket.version(), resumeNote))), "done.resumed");
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

    /** Whom a customer update is mailed to: the ticket's contact, or a warning that it has no address. */
    public String getReplyHint() {
        if (ticket == null) {
            return "";
        }
        if (ticket.contact() != null && ticket.contact().email() != null && !ticket.contact().email().isBlank()) {
            return Messages.format("reply.to", ticket.contact().name(), ticket.contact().email());
        }
        return Messages.format("reply.noAddress");
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public String[] getLanguages() {
        return new String[] {"it", "en"};
    }

    public Channel getEditChannel() {
        return editChannel;
    }

    public void setEditChannel(Channel editChannel) {
        this.editChannel = editChannel;
    }

    public RequestKind getEditKind() {
        return editKind;
    }

    public void setEditKind(RequestKind editKind) {
        this.editKind = editKind;
    }

    public Severity getEditSeverity() {
        return editSeverity;
    }

    public void setEditSeverity(Severity editSeverity) {
        this.editSeverity = editSeverity;
    }

    public String getEditSubject() {
        return editSubject;
    }

    public void setEditSubject(String editSubject) {
        this.editSubject = editSubject;
    }

    public String getEditDescription() {
        return editDescription;
    }

    public void setEditDescription(String editDescription) {
        this.editDescription = editDescription;
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

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getResumeNote() {
        return resumeNote;
    }

    public void setResumeNote(String resumeNote) {
        this.resumeNote = resumeNote;
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

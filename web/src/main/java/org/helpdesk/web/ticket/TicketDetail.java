package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.helpdesk.application.ticket.TicketViews.MilestoneView;
import org.helpdesk.application.ticket.TicketViews.ProgrammingTicketView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.MilestoneStatus;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.web.support.Formats;
import org.helpdesk.web.support.MailText;
import org.helpdesk.web.support.Messages;
import org.helpdesk.web.support.People;
import org.helpdesk.web.support.UserSession;

/**
 * One service ticket: all it holds, and the actions it offers the signed-in user now (its state, its rules and the
 * user's roles, the list the REST API gives too; the screen offers no other). Each action
 * sends the version shown; a stale one is refused by the service and the screen offers to reload.
 *
 * <p>Of the actions offered, one is the next step of the process ({@link #nextStep}): the screen shows it first, with
 * its fields, as the one primary button; the others are secondary, the rarer ones in dialogs. Everything that
 * happened is one timeline ({@link TicketTimeline}), with the reply box under it: a customer update or an internal
 * note, and the time it took, sent together.</p>
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

    @Inject
    private People people;

    @Inject
    private Formats formats;

    private String number;
    private ServiceTicketView ticket;
    private List<TimelineEntry> timeline = List.of();
    /** What the operator types to confirm a new contact, by mail id. */
    private final Map<Long, NewContact> newContacts = new HashMap<>();
    private List<TicketTimeline.Item> items = List.of();
    private String nextStep;

    /** Chosen by the first load (see {@link #defaultVisibility}), then the user's. */
    private CommentVisibility commentVisibility;
    private String commentText;
    private LocalDate workDate = LocalDate.now(Formats.ZONE);
    private Integer minutes;
    private String activity;
    private WorkLevel level;
    private Severity urgency;
    private String programmingTitle;
    private String programmingDescription;
    private String linkNumber;
    private boolean works = true;
    private String verificationNote;
    private boolean reopenProgramming;
    /** Whether recording that it works also agrees the closure, as when the customer says so on the phone. */
    private boolean closeNow = true;
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
            List<TimeEntryView> timeEntries = tickets.timeEntries(number);
            items = TicketTimeline.of(ticket, timeline, timeEntries, tickets.audit(number), words());
            nextStep = nextStep(ticket);
            if (level == null) {
                level = session.hasRole(Role.Names.PROGRAMMER) && !session.hasRole(Role.Names.OPERATOR)
                        ? WorkLevel.PROGRAMMING : WorkLevel.HELP_DESK;
            }
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
        return ticket != null && offers(ticket, ServiceTicket.Action.valueOf(action));
    }

    /**
     * What the ticket offers: its allowed actions, except taking charge of a ticket that came by mail before its
     * kind and severity are confirmed (the service refuses it; saving the details comes first).
     */
    static boolean offers(ServiceTicketView ticket, ServiceTicket.Action action) {
        if (action == ServiceTicket.Action.TAKE_CHARGE && ticket.awaitingQualification()) {
            return false;
        }
        return ticket.allowedActions().contains(action);
    }

    /** The steps of the process, in the order they come: the first one the ticket offers is the next. */
    private static final List<ServiceTicket.Action> STEPS = List.of(ServiceTicket.Action.TAKE_CHARGE,
            ServiceTicket.Action.ESCALATE, ServiceTicket.Action.MARK_RESOLVED,
            ServiceTicket.Action.CONFIRM_VERIFICATION, ServiceTicket.Action.AGREE_CLOSURE);

    /**
     * The next step of the process that the user may take now: confirming the details of a ticket that came by mail
     * ({@code QUALIFY}), taking charge, escalating a bug (else marking it resolved), recording the verification,
     * agreeing the closure; null when the next step is someone else's (programming, the customer) or the ticket is
     * closed.
     */
    static String nextStep(ServiceTicketView ticket) {
        if (ticket.awaitingQualification() && ticket.allowedActions().contains(ServiceTicket.Action.EDIT)) {
            return "QUALIFY";
        }
        return STEPS.stream().filter(a -> offers(ticket, a)).findFirst().map(Enum::name).orElse(null);
    }

    /** The actions offered beside the next step, in the order of their buttons. */
    static List<String> secondary(ServiceTicketView ticket, String nextStep) {
        List<String> others = new ArrayList<>();
        for (ServiceTicket.Action action : List.of(ServiceTicket.Action.WAIT_FOR_CUSTOMER, ServiceTicket.Action.RESUME,
                ServiceTicket.Action.MARK_RESOLVED, ServiceTicket.Action.LINK_PROGRAMMING, ServiceTicket.Action.EDIT,
                ServiceTicket.Action.REASSIGN, ServiceTicket.Action.FAIL_VERIFICATION, ServiceTicket.Action.REOPEN)) {
            boolean partOfNext = action.name().equals(nextStep)
                    || action == ServiceTicket.Action.EDIT && "QUALIFY".equals(nextStep)
                    || action == ServiceTicket.Action.FAIL_VERIFICATION && "CONFIRM_VERIFICATION".equals(nextStep);
            if (!partOfNext && offers(ticket, action)) {
                others.add(action.name());
            }
        }
        return List.copyOf(others);
    }

    /** @return whether {@code step} is the next step, shown first with its fields */
    public boolean primary(String step) {
        return step.equals(nextStep);
    }

    /** @return whether the action is offered beside the next step */
    public boolean secondary(String action) {
        return getSecondary().contains(action);
    }

    public List<String> getSecondary() {
        return ticket == null ? List.of() : secondary(ticket, nextStep);
    }

    public String getNextStep() {
        return nextStep;
    }

    /** The heading over the next step: what it is, or whose turn it is. */
    public String getNextStepTitle() {
        return nextStep == null ? Messages.format("detail.nextNone") : Messages.format("next." + nextStep);
    }

    /** Why there is no next step for the user: programming has it, the customer has it, it is closed. */
    public String getNoStepText() {
        if (ticket == null) {
            return "";
        }
        return switch (ticket.state()) {
            case IN_PROGRAMMING -> Messages.format("detail.withProgramming");
            case CLOSED -> Messages.format("detail.closedNoStep");
            default -> ticket.waitingSince() != null ? Messages.format("detail.withCustomer")
                    : Messages.format("detail.nothingForYou");
        };
    }

    /** How much of a milestone's target its clock has counted, 0 to 100, for its progress bar. */
    public int percent(MilestoneView milestone) {
        if (milestone.targetMinutes() <= 0) {
            return milestone.status() == MilestoneStatus.PENDING ? 0 : 100;
        }
        return (int) Math.min(100, Math.max(0, milestone.elapsedMinutes() * 100 / milestone.targetMinutes()));
    }

    private TicketTimeline.Words words() {
        return new TicketTimeline.Words() {
            @Override
            public String text(String key, Object... arguments) {
                return Messages.format(key, arguments);
            }

            @Override
            public String label(Enum<?> value) {
                return Messages.format("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
            }

            @Override
            public String name(String username) {
                return people.name(username);
            }

            @Override
            public String minutes(long minutes) {
                return formats.minutes(minutes);
            }
        };
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

    /**
     * The reply box: the comment, then the time it took when minutes are given (its activity, when left empty, is the
     * comment's beginning). Time alone is logged alone; with neither, the service's refusal says a comment is missing.
     * A refused time entry keeps its fields, and says so after the comment that was added.
     */
    public void send() {
        String text = commentText;
        boolean hasText = text != null && !text.isBlank();
        if (hasText || minutes == null) {
            if (Messages.attempt(() -> tickets.comment(number, new AddComment(commentVisibility, text))) == null) {
                return;
            }
            commentText = null;
            if (minutes == null) {
                reloadWith("done.comment");
                return;
            }
        }
        String work = activity != null && !activity.isBlank() ? activity
                : hasText ? excerpt(text, 500) : activity;
        if (Messages.attempt(() -> tickets.logTime(number, new LogTime(workDate, minutes, work, level))) != null) {
            minutes = null;
            activity = null;
            reloadWith(hasText ? "done.commentAndTime" : "done.logTime");
        } else if (hasText) {
            reloadWith("done.comment");
        }
    }

    /** The first line of {@code text}, at most {@code max} characters. */
    static String excerpt(String text, int max) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
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

    /**
     * Records the verification; when it works and the closure is agreed now, the closure follows with its fields,
     * which are checked first, so that a missing field refuses both and nothing is recorded.
     */
    public void verify() {
        boolean closing = works && closeNow;
        if (closing) {
            // Looked up when needed: the validator cannot be kept in the view's state.
            Validator validator = CDI.current().select(Validator.class).get();
            Set<ConstraintViolation<AgreeClosure>> refused = validator.validate(
                    new AgreeClosure(ticket.version(), agreedWith, agreedHow, closureMinutes));
            if (!refused.isEmpty()) {
                Messages.attempt((Runnable) () -> {
                    throw new ConstraintViolationException(refused);
                });
                return;
            }
        }
        ServiceTicketView verified = Messages.attempt(() -> tickets.recordVerification(number,
                new Verification(ticket.version(), works, verificationNote, reopenProgramming)));
        if (verified == null) {
            return;
        }
        if (closing) {
            ServiceTicketView closed = Messages.attempt(() -> tickets.agreeClosure(number,
                    new AgreeClosure(verified.version(), agreedWith, agreedHow, closureMinutes)));
            reloadWith(closed != null ? "done.verifiedAndClosed" : "done.verified");
            return;
        }
        reloadWith(works ? "done.verified" : "done.verificationFailed");
    }

    /** A verification that failed after it had been confirmed (the ticket verified, not yet closed). */
    public void failVerification() {
        done(Messages.attempt(() -> tickets.recordVerification(number,
                new Verification(ticket.version(), false, verificationNote, reopenProgramming))),
                "done.verificationFailed");
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

    /** The timeline: the conversation, the time entries and the history, oldest first. */
    public List<TicketTimeline.Item> getItems() {
        return items;
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

    public boolean isCloseNow() {
        return closeNow;
    }

    public void setCloseNow(boolean closeNow) {
        this.closeNow = closeNow;
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

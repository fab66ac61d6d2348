package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * A customer's request as the help desk tracks it, from the first call to the closure agreed with the customer.
 * This is where service tickets change state: each command checks the {@linkplain #allowedActions() table of
 * allowed actions} first, then the business rules, then changes the ticket and appends to its history
 * ({@link #drainChanges()}). Time comes from the caller ({@code at}) so that the rules can be tested with fixed
 * instants and every change of one request carries the same timestamp.
 *
 * <p>Comments and time entries belong to the ticket but are not mapped as collections here: a ticket collects
 * hundreds of them and no rule needs them loaded. {@link #addComment} and {@link #logTime} return the new entity
 * for the caller to persist.
 *
 * <p>The {@code version} moves with field edits and transitions only. Comments and time entries are appends: they
 * overwrite nothing, so they never make anyone's copy stale. What they change on the ticket itself (the last
 * change and the first-feedback milestone) is excluded from the optimistic lock, and the row is updated column by
 * column ({@code DynamicUpdate}) so that an edit never writes back the first feedback it read before a concurrent
 * reply set it.
 */
@Entity
@DynamicUpdate
@Table(name = "service_ticket")
public class ServiceTicket {

    /**
     * The things a user can do to a service ticket, and the roles that may do each; which are allowed depends on the
     * state ({@link #allowedActions()}), and what is offered to a user also on the rules and their roles
     * ({@link #actionsFor(Set)}). The roles are those the service method behind each action lets in
     * ({@code @RolesAllowed}); a unit test keeps the two the same.
     */
    @Schema(name = "ServiceTicketAction", description = "What a user can do to a service ticket")
    public enum Action {
        TAKE_CHARGE("Take charge", "be taken in charge", Role.OPERATOR),
        ESCALATE("Escalate to programming", "be escalated to programming", Role.OPERATOR),
        LINK_PROGRAMMING("Link a programming ticket", "be linked to a programming ticket", Role.OPERATOR),
        MARK_RESOLVED("Mark resolved", "be marked resolved", Role.OPERATOR),
        WAIT_FOR_CUSTOMER("Wait for the customer", "wait for the customer", Role.OPERATOR),
        RESUME("Resume", "be resumed", Role.OPERATOR),
        /** Not a user's action: a linked programming ticket reports its closure (see {@link #programmingClosed}). */
        PROGRAMMING_CLOSED("Programming closed", "move on because programming closed"),
        CONFIRM_VERIFICATION("Confirm verification", "be confirmed as verified", Role.OPERATOR),
        FAIL_VERIFICATION("Fail verification", "fail verification", Role.OPERATOR),
        AGREE_CLOSURE("Agree closure", "be closed", Role.OPERATOR),
        REOPEN("Reopen", "be reopened", Role.OPERATOR),
        REASSIGN("Reassign", "be reassigned", Role.OPERATOR, Role.ADMIN),
        EDIT("Edit", "be edited", Role.OPERATOR),
        COMMENT("Comment", "be commented", Role.OPERATOR, Role.PROGRAMMER, Role.PROGRAMMING_MANAGER),
        LOG_TIME("Log time", "have time logged", Role.OPERATOR, Role.PROGRAMMER, Role.PROGRAMMING_MANAGER);

        private final String label;
        private final String refusedPhrase;
        private final Set<Role> roles;

        Action(String label, String refusedPhrase, Role... roles) {
            this.label = label;
            this.refusedPhrase = refusedPhrase;
            this.roles = roles.length == 0 ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles)));
        }

        /** @return the English name of the action, as on a button */
        public String label() {
            return label;
        }

        /** @return the roles that may do it; none for {@link #PROGRAMMING_CLOSED} */
        public Set<Role> roles() {
            return roles;
        }

        /** @return false for {@link #PROGRAMMING_CLOSED}, which no screen offers */
        public boolean isUserAction() {
            return !roles.isEmpty();
        }
    }

    /**
     * The lifecycle. Reading down the table tells the whole process: take charge, then solve at the first level
     * (mark resolved) or escalate to programming, verify with the customer, agree the closure. A closed ticket can
     * only be reopened or take internal comments; time is recorded before the closure because the closure checks it.
     */
    private static final Map<ServiceTicketState, Set<Action>> ALLOWED;

    static {
        Map<ServiceTicketState, Set<Action>> table = new EnumMap<>(ServiceTicketState.class);
        table.put(ServiceTicketState.NEW, EnumSet.of(
                Action.TAKE_CHARGE, Action.REASSIGN, Action.EDIT, Action.COMMENT, Action.LOG_TIME));
        table.put(ServiceTicketState.TAKEN_IN_CHARGE, EnumSet.of(
                Action.ESCALATE, Action.LINK_PROGRAMMING, Action.MARK_RESOLVED, Action.WAIT_FOR_CUSTOMER,
                Action.RESUME, Action.REASSIGN, Action.EDIT, Action.COMMENT, Action.LOG_TIME));
        table.put(ServiceTicketState.IN_PROGRAMMING, EnumSet.of(
                Action.LINK_PROGRAMMING, Action.PROGRAMMING_CLOSED, Action.REASSIGN,
                Action.EDIT, Action.COMMENT, Action.LOG_TIME));
        table.put(ServiceTicketState.AWAITING_VERIFICATION, EnumSet.of(
                Action.CONFIRM_VERIFICATION, Action.FAIL_VERIFICATION, Action.REASSIGN,
                Action.COMMENT, Action.LOG_TIME));
        table.put(ServiceTicketState.VERIFIED, EnumSet.of(
                Action.AGREE_CLOSURE, Action.FAIL_VERIFICATION, Action.REASSIGN, Action.COMMENT, Action.LOG_TIME));
        table.put(ServiceTicketState.CLOSED, EnumSet.of(Action.REOPEN, Action.COMMENT));
        for (Map.Entry<ServiceTicketState, Set<Action>> row : table.entrySet()) {
            row.setValue(Collections.unmodifiableSet(row.getValue()));
        }
        ALLOWED = Collections.unmodifiableMap(table);
    }

    /** The audit trail's value of a wait for the customer that begins ({@link AuditField#WAITING}). */
    public static final String WAITING = "WAITING";
    /** The audit trail's value of a wait for the customer that ends. */
    public static final String RESUMED = "RESUMED";

    static final int NUMBER_MAX = TicketNumber.MAX_LENGTH;
    static final int SUBJECT_MAX = 200;
    static final int DESCRIPTION_MAX = 4000;
    static final int USERNAME_MAX = 64;
    static final int AGREED_WITH_MAX = Closure.AGREED_WITH_MAX;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_ticket_seq")
    @SequenceGenerator(name = "service_ticket_seq", sequenceName = "service_ticket_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = NUMBER_MAX, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity severity;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ServiceTicketState state;

    @Column(name = "assigned_operator", length = USERNAME_MAX)
    private String assignedOperator;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = USERNAME_MAX)
    private String openedBy;

    @Column(name = "taken_in_charge_at")
    private Instant takenInChargeAt;

    @OptimisticLock(excluded = true)
    @Column(name = "first_feedback_at")
    private Instant firstFeedbackAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Embedded
    private Closure closure;

    /** Appends move no version: the minutes they add are kept out of the optimistic lock, like the first feedback. */
    @OptimisticLock(excluded = true)
    @Embedded
    private RecordedTime recorded = new RecordedTime();

    @OptimisticLock(excluded = true)
    @Column(name = "last_modified_at", nullable = false)
    private Instant lastModifiedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_modified_by", nullable = false, length = USERNAME_MAX)
    private String lastModifiedBy;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    /** Opened from a mail: the kind and severity are guesses until an operator edits them. */
    @Column(name = "awaiting_qualification", nullable = false)
    private boolean awaitingQualification;

    /** The closed ticket a late reply by mail followed up, for a ticket that reply opened; null otherwise. */
    @Column(name = "follows_up", length = NUMBER_MAX, updatable = false)
    private String followsUp;

    /** Since when the ticket waits for the customer's answer (its resolution clock stands still); null otherwise. */
    @Column(name = "waiting_since")
    private Instant waitingSince;

    @OptimisticLock(excluded = true)
    @Embedded
    private ClockReadings clocks = new ClockReadings();

    @ManyToMany
    @JoinTable(name = "ticket_link",
            joinColumns = @JoinColumn(name = "service_ticket_id"),
            inverseJoinColumns = @JoinColumn(name = "programming_ticket_id"))
    private Set<ProgrammingTicket> programmingTickets = new HashSet<>();

    @Transient
    private List<TicketChange> changes = new ArrayList<>();

    protected ServiceTicket() {
        // for JPA
    }

    /**
     * Records a new request, in state {@link ServiceTicketState#NEW}.
     *
     * @param contact who called, or null; must be one of the customer's active contacts
     * @throws TicketRuleException if the customer or the contact is no longer active
     */
    public ServiceTicket(TicketNumber number, Customer customer, Contact contact, Channel channel, RequestKind kind,
            Severity severity, String subject, String description, String openedBy, Instant at) {
        this.number = Require.value(number, "ticket number").of(TicketNumber.Series.SERVICE).toString();
        this.customer = Require.value(customer, "customer");
        if (!customer.isActive()) {
            throw new TicketRuleException("rule.customerInactive",
                    "Customer {0} is no longer active: no new ticket can be opened for it.", customer.getCode());
        }
        if (contact != null) {
            if (!contact.belongsTo(customer)) {
                throw new InvalidValueException("value.contactOfAnotherCustomer",
                        "Contact {0} is not one of customer {1}''s contacts.", contact.getName(), customer.getCode());
            }
            if (!contact.isActive()) {
                throw new TicketRuleException("rule.contactInactive",
                        "Contact {0} is no longer active at {1}: choose another contact or none.", contact.getName(),
                        customer.getCode());
            }
        }
        this.contact = contact;
        this.channel = Require.value(channel, "channel");
        this.kind = Require.value(kind, "request kind");
        this.severity = Require.value(severity, "severity");
        this.subject = Require.text(subject, "subject", SUBJECT_MAX);
        this.description = Require.text(description, "description", DESCRIPTION_MAX);
        this.openedBy = Require.actor(openedBy);
        this.openedAt = Require.at(at);
        this.state = ServiceTicketState.NEW;
        record(AuditField.CREATED, null, state, openedBy, at, subject);
    }


    /**
     * Records a request that arrived by e-mail, in state {@link ServiceTicketState#NEW} and awaiting qualification:
     * its kind and severity are placeholders (a new software request of average severity) until an operator edits
     * the ticket, and it cannot be taken in charge before.
     *
     * @param contact the sender, when they are one of the customer's contacts; null otherwise
     * @param followsUp the closed ticket the mail answered, when it came too late to be added to it; null otherwise
     */
    public static ServiceTicket fromMail(TicketNumber number, Customer customer, Contact contact, String subject,
            String description, String followsUp, String openedBy, Instant at) {
        ServiceTicket ticket = new ServiceTicket(number, customer, contact, Channel.EMAIL,
                RequestKind.SOFTWARE_NEW_REQUEST, Severity.AVERAGE, subject, description, openedBy, at);
        ticket.awaitingQualification = true;
        ticket.followsUp = followsUp;
        return ticket;
    }

    /** Makes the sender of a mail, confirmed as a new contact of the customer, the contact of a ticket without one. */
    public void adoptContact(Contact newContact, String by, Instant at) {
        Require.value(newContact, "contact");
        if (contact != null || !newContact.belongsTo(customer)) {
            return;
        }
        checkActor(by, at);
        record(AuditField.CONTACT, null, newContact.getName(), by, at, null);
        contact = newContact;
    }

    // ---------------------------------------------------------------- the table

    /** @return the actions the current state allows; business rules may still refuse one (e.g. a closure without hours) */
    public Set<Action> allowedActions() {
        return ALLOWED.get(state);
    }

    /** @return the actions a state allows, for screens that filter by state */
    public static Set<Action> allowedActionsIn(ServiceTicketState state) {
        return ALLOWED.get(state);
    }

    public boolean can(Action action) {
        return allowedActions().contains(action);
    }

    /**
     * What a user holding {@code roles} is offered now, the one list the screens and the REST API show: the actions
     * the state allows, that no rule refuses whatever values come with them, and that one of the roles may do. Each
     * can still be refused for the values given (a closed programming ticket to link, a month already closed).
     */
    public Set<Action> actionsFor(Set<Role> roles) {
        Set<Action> offered = EnumSet.noneOf(Action.class);
        for (Action action : allowedActions()) {
            if (action.roles().stream().anyMatch(roles::contains) && ruleRefusing(action).isEmpty()) {
                offered.add(action);
            }
        }
        return Collections.unmodifiableSet(offered);
    }

    /**
     * The rules that refuse an action the state allows, whatever values come with it: the commands throw what this
     * returns, and {@link #actionsFor} leaves the action out.
     *
     * @return the refusal, or empty when no rule stands in the way
     */
    private Optional<TicketRuleException> ruleRefusing(Action action) {
        return switch (action) {
            case ESCALATE -> kind == RequestKind.SOFTWARE_BUG ? Optional.empty()
                    : Optional.of(new TicketRuleException("rule.onlyBugsEscalate",
                            "Only a software bug can be escalated to programming."));
            // Only possible when a programming ticket was reopened after this ticket left programming.
            case MARK_RESOLVED -> firstOpenProgrammingTicket().map(pt -> new TicketRuleException(
                    "rule.resolveWhileProgrammingOpen",
                    "Ticket {0} cannot be marked resolved while programming ticket {1} is open.", number,
                    pt.getNumber()));
            case WAIT_FOR_CUSTOMER -> waitingSince == null ? Optional.empty()
                    : Optional.of(new TicketRuleException("rule.alreadyWaiting",
                            "Ticket {0} already waits for the customer.", number));
            case RESUME -> waitingSince != null ? Optional.empty()
                    : Optional.of(new TicketRuleException("rule.notWaiting",
                            "Ticket {0} is not waiting for the customer.", number));
            case AGREE_CLOSURE -> firstOpenProgrammingTicket().map(pt -> new TicketRuleException(
                    "rule.closeWhileProgrammingOpen",
                    "Ticket {0} cannot be closed while programming ticket {1} is open.", number, pt.getNumber()));
            default -> Optional.empty();
        };
    }

    private void checkRules(Action action) {
        Optional<TicketRuleException> refusal = ruleRefusing(action);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    /**
     * @throws IllegalTransitionException if the current state does not allow the action, with a message naming the
     *         ticket, its state and what is allowed instead
     */
    public void checkAllowed(Action action) {
        if (!can(action)) {
            throw new IllegalTransitionException(number, state, state.label(), action, action.refusedPhrase,
                    allowedActions().stream().filter(Action::isUserAction).toList(), Action::label);
        }
    }

    // ---------------------------------------------------------------- commands

    /** The operator owns the request from now on; the time is the taking-charge milestone. */
    public void takeCharge(String operator, Instant at) {
        checkAllowed(Action.TAKE_CHARGE);
        if (awaitingQualification) {
            throw new TicketRuleException("rule.awaitingQualification",
                    "Ticket {0} came by e-mail: set its kind and severity (Edit) before taking it in charge.", number);
        }
        String who = Require.text(operator, "operator", USERNAME_MAX);
        Require.at(at);
        if (takenInChargeAt == null) {
            takenInChargeAt = at;
        }
        changeAssignee(who, who, at);
        changeState(ServiceTicketState.TAKEN_IN_CHARGE, who, at, null);
    }

    /** Hands the ticket to another operator; nothing is recorded if it is already theirs. */
    public void reassign(String operator, String by, Instant at) {
        checkAllowed(Action.REASSIGN);
        String who = Require.text(operator, "operator", USERNAME_MAX);
        changeAssignee(who, Require.actor(by), Require.at(at));
    }

    public void changeSeverity(Severity newSeverity, String by, Instant at) {
        checkAllowed(Action.EDIT);
        Require.value(newSeverity, "severity");
        checkActor(by, at);
        if (newSeverity != severity) {
            record(AuditField.SEVERITY, severity, newSeverity, by, at, null);
            severity = newSeverity;
        }
    }

    /** Corrects what the request is about; one history entry per field that actually changed. */
    public void editDetails(String newSubject, String newDescription, Channel newChannel, RequestKind newKind,
            String by, Instant at) {
        checkAllowed(Action.EDIT);
        String validSubject = Require.text(newSubject, "subject", SUBJECT_MAX);
        String validDescription = Require.text(newDescription, "description", DESCRIPTION_MAX);
        Require.value(newChannel, "channel");
        Require.value(newKind, "request kind");
        checkActor(by, at);
        if (!validSubject.equals(subject)) {
            record(AuditField.SUBJECT, subject, validSubject, by, at, null);
            subject = validSubject;
        }
        if (!validDescription.equals(description)) {
            record(AuditField.DESCRIPTION, description, validDescription, by, at, null);
            description = validDescription;
        }
        if (newChannel != channel) {
            record(AuditField.CHANNEL, channel, newChannel, by, at, null);
            channel = newChannel;
        }
        if (newKind != kind) {
            record(AuditField.KIND, kind, newKind, by, at, null);
            kind = newKind;
        }
        // An operator who saved the details has qualified the request, whether or not they changed the guesses.
        awaitingQualification = false;
    }

    /**
     * Second level: a software bug the help desk cannot solve goes to programming as the given (new) programming
     * ticket.
     *
     * @throws TicketRuleException if the request is not a software bug
     */
    public void escalate(ProgrammingTicket programmingTicket, String by, Instant at) {
        checkAllowed(Action.ESCALATE);
        checkRules(Action.ESCALATE);
        link(programmingTicket, by, at, "escalated");
    }

    /**
     * Links a programming ticket that already exists, for example one opened for another customer's call about the
     * same bug. The ticket waits for programming from now on.
     *
     * @throws TicketRuleException if the programming ticket is closed or already linked
     */
    public void linkProgrammingTicket(ProgrammingTicket programmingTicket, String by, Instant at) {
        checkAllowed(Action.LINK_PROGRAMMING);
        link(programmingTicket, by, at, null);
    }

    private void link(ProgrammingTicket pt, String by, Instant at, String note) {
        Require.value(pt, "programming ticket");
        checkActor(by, at);
        if (!pt.isOpen()) {
            throw new TicketRuleException("rule.programmingClosedLink",
                    "Programming ticket {0} is closed: link an open programming ticket, or reopen it first.",
                    pt.getNumber());
        }
        if (programmingTickets.contains(pt)) {
            throw new TicketRuleException("rule.alreadyLinked",
                    "Ticket {0} is already linked to programming ticket {1}.", number, pt.getNumber());
        }
        programmingTickets.add(pt);
        pt.linkServiceTicket(this);
        record(AuditField.LINK, null, pt.getNumber(), by, at, note);
        changeState(ServiceTicketState.IN_PROGRAMMING, by, at, null);
    }

    /**
     * First level: the operator solved the request; the time is the resolution milestone, confirmed or undone by
     * the verification with the customer.
     */
    public void markResolved(String by, Instant at) {
        checkAllowed(Action.MARK_RESOLVED);
        checkActor(by, at);
        checkRules(Action.MARK_RESOLVED);
        resolvedAt = at;
        changeState(ServiceTicketState.AWAITING_VERIFICATION, by, at, null);
    }

    /**
     * The operator asked the customer something the solution depends on: the resolution clock stands still until the
     * customer answers ({@link #customerAnswered}) or the operator resumes it. The question itself goes to the customer
     * as an update (a customer comment), which the caller adds.
     *
     * @param question what was asked, kept in the audit trail
     */
    public void waitForCustomer(String question, String by, Instant at) {
        checkAllowed(Action.WAIT_FOR_CUSTOMER);
        checkRules(Action.WAIT_FOR_CUSTOMER);
        String validQuestion = Require.text(question, "question for the customer", DESCRIPTION_MAX);
        checkActor(by, at);
        waitingSince = at;
        record(AuditField.WAITING, null, WAITING, by, at, excerpt(validQuestion));
    }

    /** The operator starts the resolution clock again, the customer having answered some other way. */
    public void resume(String note, String by, Instant at) {
        checkAllowed(Action.RESUME);
        checkRules(Action.RESUME);
        String validNote = Require.optionalText(note, "note", DESCRIPTION_MAX);
        checkActor(by, at);
        endWait(by, at, validNote);
    }

    /**
     * The customer wrote (a reply by mail): if the ticket waited for them, the resolution clock runs again.
     *
     * @return whether the ticket was waiting
     */
    public boolean customerAnswered(String by, Instant at) {
        checkActor(by, at);
        if (waitingSince == null) {
            return false;
        }
        endWait(by, at, "The customer answered.");
        return true;
    }

    private void endWait(String by, Instant at, String note) {
        waitingSince = null;
        record(AuditField.WAITING, WAITING, RESUMED, by, at, note);
    }

    /** @return since when the ticket waits for the customer, if it does */
    public Optional<Instant> waitingSince() {
        return Optional.ofNullable(waitingSince);
    }

    /**
     * Told by a linked programming ticket when it closes (see {@link ProgrammingTicket#recordUpdateSent}). When it
     * was the last open one and this ticket is in programming, the fix is the resolution and the ticket awaits
     * verification; in any other case nothing changes, so calling it is always safe.
     *
     * @param programmingTicket the linked programming ticket, now closed
     * @return whether this ticket moved to verification (false while it still waits for another programming ticket,
     *         or when it was not in programming)
     */
    public boolean programmingClosed(ProgrammingTicket programmingTicket, String by, Instant at) {
        Require.value(programmingTicket, "programming ticket");
        Require.actor(by);
        Require.at(at);
        if (!programmingTickets.contains(programmingTicket)) {
            throw new IllegalArgumentException("Programming ticket " + programmingTicket.getNumber()
                    + " is not linked to ticket " + number + ".");
        }
        if (programmingTicket.isOpen()) {
            throw new IllegalArgumentException("Programming ticket " + programmingTicket.getNumber()
                    + " is still open.");
        }
        if (!can(Action.PROGRAMMING_CLOSED) || firstOpenProgrammingTicket().isPresent()) {
            return false;
        }
        resolvedAt = at;
        changeState(ServiceTicketState.AWAITING_VERIFICATION, by, at,
                "Programming ticket " + programmingTicket.getNumber() + " closed.");
        return true;
    }

    /** The customer confirmed that the solution works. */
    public void confirmVerification(String note, String by, Instant at) {
        checkAllowed(Action.CONFIRM_VERIFICATION);
        String validNote = Require.optionalText(note, "note", DESCRIPTION_MAX);
        checkActor(by, at);
        record(AuditField.VERIFICATION, null, "CONFIRMED", by, at, validNote);
        changeState(ServiceTicketState.VERIFIED, by, at, null);
    }

    /**
     * The customer says it still does not work: back to the help desk, or back to programming while a linked
     * programming ticket is open. The resolution milestone is undone.
     *
     * @param reopenProgramming whether the fix itself failed: the linked programming ticket closed last is reopened
     *        too, and the ticket goes back to programming
     * @return the programming ticket reopened, if one was
     * @throws TicketRuleException if the fix is said to have failed but no linked programming ticket is closed
     */
    public Optional<ProgrammingTicket> failVerification(String reason, boolean reopenProgramming, String by,
            Instant at) {
        checkAllowed(Action.FAIL_VERIFICATION);
        String validReason = Require.text(reason, "reason the verification failed", DESCRIPTION_MAX);
        checkActor(by, at);
        ProgrammingTicket reopened = null;
        if (reopenProgramming) {
            reopened = programmingTickets.stream()
                    .filter(p -> p.getState() == ProgrammingTicketState.CLOSED)
                    .max(Comparator.comparing(ProgrammingTicket::getClosedAt))
                    .orElseThrow(() -> new TicketRuleException("rule.noClosedProgrammingToReopen",
                            "Ticket {0} has no closed programming ticket to reopen.", number));
            reopened.reopen(validReason, by, at);
        }
        resolvedAt = null;
        record(AuditField.VERIFICATION, null, "FAILED", by, at, validReason);
        changeState(workingState(), by, at, null);
        return Optional.ofNullable(reopened);
    }

    /**
     * Closes the ticket as agreed with the customer, with the hours spent that were not logged yet. Agreeing the
     * closure is a contact with the customer: when no customer-visible comment was written before, it is the first
     * feedback (met or missed against its target like any other), so a closed ticket never has that milestone
     * pending.
     *
     * @param agreedWith who at the customer agreed
     * @param how how it was agreed
     * @param minutesSpent help-desk minutes to log now, dated {@code workDate}; 0 when all were logged before
     * @return the time entry logged, for the caller to persist, if {@code minutesSpent} was more than 0
     * @throws TicketRuleException if a linked programming ticket is still open or no time is recorded at all
     */
    public Optional<TimeEntry> agreeClosure(String agreedWith, Channel how, int minutesSpent, LocalDate workDate,
            String by, Instant at) {
        checkAllowed(Action.AGREE_CLOSURE);
        checkRules(Action.AGREE_CLOSURE);
        checkActor(by, at);
        Closure agreed = new Closure(agreedWith, how, by, at);
        if (minutesSpent < 0) {
            throw new IllegalArgumentException("The minutes spent cannot be negative.");
        }
        TimeEntry entry = minutesSpent == 0 ? null : TimeEntry.onServiceTicket(this, workDate, minutesSpent,
                "Hours agreed at closure with " + agreed.agreedWith(), WorkLevel.HELP_DESK, by, at);
        long minutes = recorded.totalMinutes() + minutesSpent;
        if (minutes <= 0) {
            throw new TicketRuleException("rule.noHours", "Record the hours spent before agreeing the closure.");
        }
        if (entry != null) {
            recorded.add(entry);
            record(AuditField.TIME, null, minutesSpent, by, at, entry.getActivity());
        }
        closure = agreed;
        if (firstFeedbackAt == null) {
            firstFeedbackAt = at;
        }
        record(AuditField.CLOSURE, null, agreed.summary(), by, at, minutes + " minutes recorded");
        changeState(ServiceTicketState.CLOSED, by, at, null);
        return Optional.ofNullable(entry);
    }

    /**
     * The problem came back. The closure and the resolution are cleared (the history keeps them); the ticket goes
     * back to the help desk, or to programming if a linked programming ticket has been reopened meanwhile.
     */
    public void reopen(String reason, String by, Instant at) {
        checkAllowed(Action.REOPEN);
        String validReason = Require.text(reason, "reason for reopening", DESCRIPTION_MAX);
        checkActor(by, at);
        String previous = String.valueOf(closure);
        closure = null;
        resolvedAt = null;
        reopenCount++;
        record(AuditField.REOPEN, previous, String.valueOf(reopenCount), by, at, validReason);
        changeState(workingState(), by, at, null);
    }

    /**
     * Writes a comment. A customer comment is a reply to the customer: the first one is the first-feedback
     * milestone. A closed ticket takes internal comments only.
     *
     * @return the new comment, for the caller to persist
     * @throws TicketRuleException for a customer comment on a closed ticket
     */
    public Comment addComment(CommentVisibility visibility, String text, String by, Instant at) {
        checkAllowed(Action.COMMENT);
        Require.value(visibility, "visibility");
        if (state == ServiceTicketState.CLOSED && visibility == CommentVisibility.CUSTOMER) {
            throw new TicketRuleException("rule.closedInternalOnly",
                    "Ticket {0} is closed: only internal comments can be added. Reopen it to write to the customer.",
                    number);
        }
        checkActor(by, at);
        Comment comment = Comment.onServiceTicket(this, visibility, text, by, at);
        if (visibility == CommentVisibility.CUSTOMER && firstFeedbackAt == null) {
            firstFeedbackAt = at;
        }
        record(AuditField.COMMENT, null, visibility, by, at, excerpt(comment.getText()));
        return comment;
    }

    /**
     * Records time spent on this request by the acting user.
     *
     * @return the new time entry, for the caller to persist
     */
    public TimeEntry logTime(LocalDate workDate, int minutes, String activity, WorkLevel level, String by,
            Instant at) {
        checkAllowed(Action.LOG_TIME);
        checkActor(by, at);
        TimeEntry entry = TimeEntry.onServiceTicket(this, workDate, minutes, activity, level, by, at);
        recorded.add(entry);
        record(AuditField.TIME, null, minutes, by, at, entry.getActivity());
        return entry;
    }

    /**
     * Reverses one of this ticket's time entries: a new entry with the opposite minutes, dated {@code onDate} (the
     * entry's own date, or the first open day when its month is closed). The ticket's hours drop accordingly.
     *
     * @param alreadyReversed whether a reversal of {@code entry} exists already (the caller looks it up)
     * @return the reversal, for the caller to persist
     * @throws TicketRuleException if the entry is a reversal itself or was reversed already
     */
    public TimeEntry reverse(TimeEntry entry, boolean alreadyReversed, String reason, String by, Instant at,
            LocalDate onDate) {
        if (!this.equals(entry.getServiceTicket())) {
            throw new IllegalArgumentException("Time entry #" + entry.getId() + " is not one of " + number + "'s.");
        }
        checkActor(by, at);
        TimeEntry reversal = recorded.reverse(entry, alreadyReversed, reason, by, at, onDate);
        record(AuditField.TIME, String.valueOf(entry.getMinutes()), String.valueOf(reversal.getMinutes()), by, at,
                reversal.getActivity());
        return reversal;
    }

    /** @return the minutes recorded on this ticket, net of reversals, per level */
    public Hours hours() {
        return recorded.hours();
    }

    // ---------------------------------------------------------------- milestones

    /** @return when the milestone was reached, if it was (the resolution is undone by a failed verification) */
    public Optional<Instant> reachedAt(Milestone milestone) {
        return Optional.ofNullable(reachedAt(milestone, takenInChargeAt, firstFeedbackAt, resolvedAt));
    }

    /**
     * The same rule for a ticket read as columns (the monthly report reads rows, not entities).
     *
     * @return the instant of the milestone among the ticket's three milestone columns, or null
     */
    public static Instant reachedAt(Milestone milestone, Instant takenInChargeAt, Instant firstFeedbackAt,
            Instant resolvedAt) {
        return switch (Objects.requireNonNull(milestone, "milestone")) {
            case TAKING_CHARGE -> takenInChargeAt;
            case FIRST_FEEDBACK -> firstFeedbackAt;
            case RESOLUTION -> resolvedAt;
        };
    }

    /**
     * Replays the milestone clocks from the ticket's audit trail (see {@link MilestoneClocks} for the rules).
     *
     * @param trail the ticket's saved changes, oldest first, and any not saved yet after them
     * @param targets each severity's targets, as the administrator set them
     * @param now the instant to judge the milestones not yet reached against
     */
    public MilestoneClocks clocks(List<TicketChange> trail, Function<Severity, MilestoneTargets> targets,
            HelpDeskCalendar calendar, Instant now) {
        Map<Milestone, Instant> reached = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            reachedAt(milestone).ifPresent(at -> reached.put(milestone, at));
        }
        return MilestoneClocks.replay(trail, severity, openedAt, reached, targets, calendar, now);
    }

    /** Keeps the clocks just replayed on the ticket's row, for the lists, queues, warnings and reports. */
    public void recordClocks(MilestoneClocks replayed) {
        clocks.update(replayed);
    }

    /** @return the clocks as last recorded */
    public ClockReadings getClockReadings() {
        return clocks;
    }

    /**
     * The warning of {@code milestone} was sent: it is not sent again, even if the clock is replayed later.
     *
     * @return false if it had been sent already (by another server, say)
     */
    public boolean warned(Milestone milestone) {
        if (clocks.isWarned(milestone)) {
            return false;
        }
        clocks.warned(milestone);
        return true;
    }

    // ---------------------------------------------------------------- history

    /** @return the changes made and not drained yet, oldest first (for the clocks, before they are saved) */
    public List<TicketChange> pendingChanges() {
        return List.copyOf(changes);
    }

    /** @return the changes made since the last call, oldest first, and forgets them */
    public List<TicketChange> drainChanges() {
        List<TicketChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    // ---------------------------------------------------------------- helpers

    /** @return the open linked programming ticket with the lowest number, if any */
    public Optional<ProgrammingTicket> firstOpenProgrammingTicket() {
        return programmingTickets.stream()
                .filter(ProgrammingTicket::isOpen)
                .min(Comparator.comparing(ProgrammingTicket::getNumber));
    }

    /** Where the work is while the ticket is not solved: with programming if a linked programming ticket is open. */
    private ServiceTicketState workingState() {
        return firstOpenProgrammingTicket().isPresent()
                ? ServiceTicketState.IN_PROGRAMMING : ServiceTicketState.TAKEN_IN_CHARGE;
    }

    private void changeAssignee(String operator, String by, Instant at) {
        if (!operator.equals(assignedOperator)) {
            record(AuditField.ASSIGNEE, assignedOperator, operator, by, at, null);
            assignedOperator = operator;
        }
    }

    private void changeState(ServiceTicketState newState, String by, Instant at, String note) {
        if (waitingSince != null && newState != ServiceTicketState.TAKEN_IN_CHARGE) {
            // Solved, escalated or closed meanwhile: the wait is over, and the trail says so before the new state.
            endWait(by, at, null);
        }
        if (newState != state) {
            record(AuditField.STATE, state, newState, by, at, note);
            state = newState;
        }
    }

    /** Checks the acting user and instant before anything changes, so a refused command changes nothing. */
    private static void checkActor(String by, Instant at) {
        Require.actor(by);
        Require.at(at);
    }

    private void record(AuditField field, Object oldValue, Object newValue, String by, Instant at, String note) {
        changes.add(new TicketChange(field, Require.recorded(oldValue), Require.recorded(newValue), by, at, note));
        lastModifiedAt = at;
        lastModifiedBy = by;
    }

    static String excerpt(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }

    /**
     * Equal by number, the business key fixed at construction. Identity is not enough: inside a method of an
     * entity reached through a lazy proxy, {@code this} is the entity while collections may hold the proxy.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof ServiceTicket ticket && number != null && number.equals(ticket.getNumber());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(number);
    }

    // ---------------------------------------------------------------- getters

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Contact getContact() {
        return contact;
    }

    public Channel getChannel() {
        return channel;
    }

    public RequestKind getKind() {
        return kind;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getSubject() {
        return subject;
    }

    public String getDescription() {
        return description;
    }

    public ServiceTicketState getState() {
        return state;
    }

    public String getAssignedOperator() {
        return assignedOperator;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getTakenInChargeAt() {
        return takenInChargeAt;
    }

    public Instant getFirstFeedbackAt() {
        return firstFeedbackAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    /** @return how the closure was agreed, while the ticket is closed */
    public Optional<Closure> getClosure() {
        return Optional.ofNullable(closure);
    }


    /** @return when the closure was agreed, or null while the ticket is not closed */
    public Instant getClosedAt() {
        return closure == null ? null : closure.closedAt();
    }


    public Instant getLastModifiedAt() {
        return lastModifiedAt;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    /** @return whether the ticket came by e-mail and an operator has not set its kind and severity yet */
    public boolean isAwaitingQualification() {
        return awaitingQualification;
    }

    /** @return the closed ticket this one follows up (a late reply by mail opened it), or null */
    public String getFollowsUp() {
        return followsUp;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Set<ProgrammingTicket> getProgrammingTickets() {
        return Collections.unmodifiableSet(programmingTickets);
    }
}

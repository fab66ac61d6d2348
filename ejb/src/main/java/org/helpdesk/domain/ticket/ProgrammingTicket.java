package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.staff.Role;
import org.hibernate.annotations.OptimisticLock;

/**
 * A modification request forwarded to programming (the second level). One programming ticket can serve several
 * service tickets, for example the same bug reported by two customers: when the update is sent, each of them moves
 * on to verification. Programming managers schedule non-blocking work among the ordinary programming activities;
 * a blocking (High) one is started at once.
 *
 * <p>Same pattern as {@link ServiceTicket}: an explicit table of allowed actions, commands that take the acting
 * user and instant, and a history drained by the service that saves the ticket. As there, internal notes and time
 * entries are appends: the last change they set is excluded from the optimistic lock, so only edits and
 * transitions move the {@code version}.
 */
@Entity
@Table(name = "programming_ticket")
public class ProgrammingTicket {

    /**
     * The things a user can do to a programming ticket, and the roles that may do each (those the service method
     * behind it lets in, {@code @RolesAllowed}); which are allowed depends on the state, and what is offered to a user
     * also on the rules and their roles ({@link #actionsFor(Set)}).
     */
    @Schema(name = "ProgrammingTicketAction", description = "What a user can do to a programming ticket")
    public enum Action {
        SCHEDULE("Schedule", "be scheduled", Role.PROGRAMMING_MANAGER),
        ASSIGN("Assign", "be assigned", Role.PROGRAMMING_MANAGER),
        START("Start", "be started", Role.PROGRAMMER, Role.PROGRAMMING_MANAGER),
        MARK_FIX_READY("Mark fix ready", "be marked fix ready", Role.PROGRAMMER, Role.PROGRAMMING_MANAGER),
        RECORD_UPDATE_SENT("Record update sent", "have an update sent recorded", Role.PROGRAMMER,
                Role.PROGRAMMING_MANAGER),
        /** An operator reopens it when the customer's verification fails. */
        REOPEN("Reopen", "be reopened", Role.PROGRAMMING_MANAGER, Role.OPERATOR),
        COMMENT("Comment", "be commented", Role.OPERATOR, Role.PROGRAMMER, Role.PROGRAMMING_MANAGER),
        /** An operator logs the help desk's time on it too, for example reproducing the bug with the customer. */
        LOG_TIME("Log time", "have time logged", Role.OPERATOR, Role.PROGRAMMER, Role.PROGRAMMING_MANAGER);

        private final String label;
        private final String refusedPhrase;
        private final Set<Role> roles;

        Action(String label, String refusedPhrase, Role... roles) {
            this.label = label;
            this.refusedPhrase = refusedPhrase;
            this.roles = Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles)));
        }

        /** @return the English name of the action, as on a button */
        public String label() {
            return label;
        }

        /** @return the roles that may do it */
        public Set<Role> roles() {
            return roles;
        }
    }

    /** The lifecycle: schedule (unless blocking), start, fix, send the update to the customer, which closes it. */
    private static final Map<ProgrammingTicketState, Set<Action>> ALLOWED;

    static {
        Map<ProgrammingTicketState, Set<Action>> table = new EnumMap<>(ProgrammingTicketState.class);
        table.put(ProgrammingTicketState.OPEN, EnumSet.of(
                Action.SCHEDULE, Action.ASSIGN, Action.START, Action.COMMENT, Action.LOG_TIME));
        table.put(ProgrammingTicketState.SCHEDULED, EnumSet.of(
                Action.SCHEDULE, Action.ASSIGN, Action.START, Action.COMMENT, Action.LOG_TIME));
        table.put(ProgrammingTicketState.IN_PROGRESS, EnumSet.of(
                Action.ASSIGN, Action.MARK_FIX_READY, Action.COMMENT, Action.LOG_TIME));
        table.put(ProgrammingTicketState.FIX_READY, EnumSet.of(
                Action.RECORD_UPDATE_SENT, Action.ASSIGN, Action.COMMENT, Action.LOG_TIME));
        table.put(ProgrammingTicketState.CLOSED, EnumSet.of(Action.REOPEN, Action.COMMENT));
        for (Map.Entry<ProgrammingTicketState, Set<Action>> row : table.entrySet()) {
            row.setValue(Collections.unmodifiableSet(row.getValue()));
        }
        ALLOWED = Collections.unmodifiableMap(table);
    }

    static final int TITLE_MAX = 200;
    static final int RELEASE_MAX = 64;
    static final int MEANS_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programming_ticket_seq")
    @SequenceGenerator(name = "programming_ticket_seq", sequenceName = "programming_ticket_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = ServiceTicket.NUMBER_MAX, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Severity urgency;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = ServiceTicket.DESCRIPTION_MAX)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ProgrammingTicketState state;

    @Column(name = "assigned_programmer", length = ServiceTicket.USERNAME_MAX)
    private String assignedProgrammer;

    @Column(name = "planned_date")
    private LocalDate plannedDate;

    @Column(name = "planned_release", length = RELEASE_MAX)
    private String plannedRelease;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = ServiceTicket.USERNAME_MAX)
    private String openedBy;

    @Column(name = "fix_ready_at")
    private Instant fixReadyAt;

    @Column(name = "update_version", length = RELEASE_MAX)
    private String updateVersion;

    @Column(name = "update_sent_on")
    private LocalDate updateSentOn;

    @Column(name = "update_means", length = MEANS_MAX)
    private String updateMeans;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Appends move no version: the minutes they add are kept out of the optimistic lock, like the first feedback. */
    @OptimisticLock(excluded = true)
    @Embedded
    private RecordedTime recorded = new RecordedTime();

    @OptimisticLock(excluded = true)
    @Column(name = "last_modified_at", nullable = false)
    private Instant lastModifiedAt;

    @OptimisticLock(excluded = true)
    @Column(name = "last_modified_by", nullable = false, length = ServiceTicket.USERNAME_MAX)
    private String lastModifiedBy;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @ManyToMany(mappedBy = "programmingTickets")
    private Set<ServiceTicket> serviceTickets = new HashSet<>();

    @Transient
    private List<TicketChange> changes = new ArrayList<>();

    protected ProgrammingTicket() {
        // for JPA
    }

    /**
     * Opens a programming ticket, in state {@link ProgrammingTicketState#OPEN}. Link it to the service ticket(s) it
     * serves with {@link ServiceTicket#escalate} or {@link ServiceTicket#linkProgrammingTicket}.
     *
     */
    public ProgrammingTicket(TicketNumber number, Severity urgency, String title, String description, String openedBy,
            Instant at) {
        this.number = Require.value(number, "ticket number").of(TicketNumber.Series.PROGRAMMING).toString();
        this.urgency = Require.value(urgency, "urgency");
        this.title = Require.text(title, "title", TITLE_MAX);
        this.description = Require.text(description, "description", ServiceTicket.DESCRIPTION_MAX);
        this.openedBy = Require.actor(openedBy);
        this.openedAt = Require.at(at);
        this.state = ProgrammingTicketState.OPEN;
        record(AuditField.CREATED, null, state, openedBy, at, title);
    }


    // ---------------------------------------------------------------- the table

    /** @return the actions the current state allows; business rules may still refuse one (e.g. scheduling a High) */
    public Set<Action> allowedActions() {
        return ALLOWED.get(state);
    }

    /** @return the actions a state allows, for screens that filter by state */
    public static Set<Action> allowedActionsIn(ProgrammingTicketState state) {
        return ALLOWED.get(state);
    }

    public boolean can(Action action) {
        return allowedActions().contains(action);
    }

    /**
     * What a user holding {@code roles} is offered now, the one list the screens and the REST API show: the actions
     * the state allows, that no rule refuses whatever values come with them, and that one of the roles may do.
     */
    public Set<Action> actionsFor(Set<Role> roles) {
        return actionsFor(state, urgency, roles);
    }

    /**
     * The same for a ticket read as a list row: the state and the urgency are all the rules look at.
     *
     * @see #actionsFor(Set)
     */
    public static Set<Action> actionsFor(ProgrammingTicketState state, Severity urgency, Set<Role> roles) {
        Set<Action> offered = EnumSet.noneOf(Action.class);
        for (Action action : ALLOWED.get(state)) {
            if (action.roles().stream().anyMatch(roles::contains) && ruleRefusing(action, urgency).isEmpty()) {
                offered.add(action);
            }
        }
        return Collections.unmodifiableSet(offered);
    }

    /**
     * The rules that refuse an action the state allows, whatever values come with it: the commands throw what this
     * returns, and {@link #actionsFor} leaves the action out.
     */
    private static Optional<TicketRuleException> ruleRefusing(Action action, Severity urgency) {
        if (action == Action.SCHEDULE && urgency.isBlocking()) {
            return Optional.of(new TicketRuleException("rule.highNotScheduled",
                    "A High (blocking) programming ticket is not scheduled: programmers start on it at once."));
        }
        return Optional.empty();
    }

    /**
     * @throws IllegalTransitionException if the current state does not allow the action, with a message naming the
     *         ticket, its state and what is allowed instead
     */
    public void checkAllowed(Action action) {
        if (!can(action)) {
            throw new IllegalTransitionException(number, state, state.label(), action, action.refusedPhrase,
                    List.copyOf(allowedActions()), Action::label);
        }
    }

    // ---------------------------------------------------------------- commands

    /**
     * Plans the work among the ordinary programming activities, for a date, a release or both. Can be planned again
     * while not started.
     *
     * @throws TicketRuleException for a High (blocking) ticket, which is started at once instead
     */
    public void schedule(LocalDate newPlannedDate, String newPlannedRelease, String by, Instant at) {
        checkAllowed(Action.SCHEDULE);
        Optional<TicketRuleException> refusal = ruleRefusing(Action.SCHEDULE, urgency);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        String release = Require.optionalText(newPlannedRelease, "planned release", RELEASE_MAX);
        if (newPlannedDate == null && release == null) {
            throw new InvalidValueException("value.scheduleNeedsDateOrRelease",
                    "Give a planned date, a planned release or both.");
        }
        checkActor(by, at);
        record(AuditField.SCHEDULE, schedule(plannedDate, plannedRelease), schedule(newPlannedDate, release), by, at,
                null);
        plannedDate = newPlannedDate;
        plannedRelease = release;
        changeState(ProgrammingTicketState.SCHEDULED, by, at, null);
    }

    private static String schedule(LocalDate date, String release) {
        if (date == null && release == null) {
            return null;
        }
        return (date == null ? "" : date.toString()) + " / " + (release == null ? "" : release);
    }

    /** Gives the work to a programmer; nothing is recorded if it is already theirs. */
    public void assign(String programmer, String by, Instant at) {
        checkAllowed(Action.ASSIGN);
        String who = Require.text(programmer, "programmer", ServiceTicket.USERNAME_MAX);
        checkActor(by, at);
        changeAssignee(who, by, at);
    }

    /** The programmer starts working; an unassigned ticket becomes theirs, an assigned one stays assigned. */
    public void start(String programmer, Instant at) {
        checkAllowed(Action.START);
        String who = Require.text(programmer, "programmer", ServiceTicket.USERNAME_MAX);
        checkActor(who, at);
        if (assignedProgrammer == null) {
            changeAssignee(who, who, at);
        }
        changeState(ProgrammingTicketState.IN_PROGRESS, who, at, null);
    }

    /** The fix is done and ready to be delivered to the customer. */
    public void markFixReady(String by, Instant at) {
        checkAllowed(Action.MARK_FIX_READY);
        checkActor(by, at);
        fixReadyAt = at;
        changeState(ProgrammingTicketState.FIX_READY, by, at, null);
    }

    /**
     * Records the update sent to the customer, which closes the programming ticket, and tells every linked service
     * ticket (see {@link ServiceTicket#programmingClosed}): those in programming with no other open programming
     * ticket move to {@link ServiceTicketState#AWAITING_VERIFICATION}.
     *
     * @param updateVersion the version of the software sent
     * @param sentOn the day it was sent
     * @param means how it was delivered, e.g. "download link", "remote install"
     * @return the linked service tickets that moved to verification, whose customers now have the update to try; a
     *         linked ticket still waiting for another programming ticket is told too but stays where it is, and is
     *         not in the set. The caller saves every linked ticket and drains their changes.
     */
    public Set<ServiceTicket> recordUpdateSent(String updateVersion, LocalDate sentOn, String means, String by,
            Instant at) {
        checkAllowed(Action.RECORD_UPDATE_SENT);
        String validVersion = Require.text(updateVersion, "version of the update", RELEASE_MAX);
        Require.value(sentOn, "day the update was sent");
        String validMeans = Require.text(means, "means the update was sent by", MEANS_MAX);
        checkActor(by, at);
        this.updateVersion = validVersion;
        this.updateSentOn = sentOn;
        this.updateMeans = validMeans;
        this.closedAt = at;
        record(AuditField.UPDATE, null, validVersion + " sent on " + sentOn + " by " + validMeans, by, at, null);
        changeState(ProgrammingTicketState.CLOSED, by, at, null);
        Set<ServiceTicket> moved = new LinkedHashSet<>();
        serviceTickets.stream().sorted(Comparator.comparing(ServiceTicket::getNumber)).forEach(st -> {
            if (st.programmingClosed(this, by, at)) {
                moved.add(st);
            }
        });
        return Collections.unmodifiableSet(moved);
    }

    /**
     * The fix did not hold: back to {@link ProgrammingTicketState#OPEN}, to be scheduled (or started) again. The
     * schedule, the fix and the update are cleared (the history keeps them). Linked service tickets are not moved:
     * their verification fails, or their closure is refused, while this ticket is open.
     */
    public void reopen(String reason, String by, Instant at) {
        checkAllowed(Action.REOPEN);
        String validReason = Require.text(reason, "reason for reopening", ServiceTicket.DESCRIPTION_MAX);
        checkActor(by, at);
        String update = updateVersion + " sent on " + updateSentOn + " by " + updateMeans;
        plannedDate = null;
        plannedRelease = null;
        fixReadyAt = null;
        updateVersion = null;
        updateSentOn = null;
        updateMeans = null;
        closedAt = null;
        reopenCount++;
        record(AuditField.REOPEN, update, String.valueOf(reopenCount), by, at, validReason);
        changeState(ProgrammingTicketState.OPEN, by, at, null);
    }

    /**
     * Writes an internal note; programmers do not write to customers, the help desk does on the service ticket.
     *
     * @return the new comment, for the caller to persist
     * @throws TicketRuleException for a customer comment
     */
    public Comment addComment(CommentVisibility visibility, String text, String by, Instant at) {
        checkAllowed(Action.COMMENT);
        Require.value(visibility, "visibility");
        if (visibility != CommentVisibility.INTERNAL) {
            throw new TicketRuleException("rule.programmingInternalOnly",
                    "Programming ticket {0} takes internal notes only: write to the customer on the service ticket.",
                    number);
        }
        checkActor(by, at);
        Comment comment = Comment.onProgrammingTicket(this, visibility, text, by, at);
        record(AuditField.COMMENT, null, visibility, by, at, ServiceTicket.excerpt(comment.getText()));
        return comment;
    }

    /**
     * Records time spent on this ticket by the acting user.
     *
     * @return the new time entry, for the caller to persist
     */
    public TimeEntry logTime(LocalDate workDate, int minutes, String activity, WorkLevel level, String by,
            Instant at) {
        checkAllowed(Action.LOG_TIME);
        checkActor(by, at);
        TimeEntry entry = TimeEntry.onProgrammingTicket(this, workDate, minutes, activity, level, by, at);
        recorded.add(entry);
        record(AuditField.TIME, null, minutes, by, at, entry.getActivity());
        return entry;
    }

    /**
     * Reverses one of this ticket's time entries, as {@link ServiceTicket#reverse} does for a service ticket's.
     *
     * @return the reversal, for the caller to persist
     * @throws TicketRuleException if the entry is a reversal itself or was reversed already
     */
    public TimeEntry reverse(TimeEntry entry, boolean alreadyReversed, String reason, String by, Instant at,
            LocalDate onDate) {
        if (!this.equals(entry.getProgrammingTicket())) {
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

    /** @return whether programming still has work to do (any state but closed) */
    public boolean isOpen() {
        return state != ProgrammingTicketState.CLOSED;
    }

    /** @return whether the urgency is High: the customer cannot work */
    public boolean isBlocking() {
        return urgency.isBlocking();
    }

    /** @return the changes made since the last call, oldest first, and forgets them */
    public List<TicketChange> drainChanges() {
        List<TicketChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    // ---------------------------------------------------------------- helpers

    /** Keeps the inverse side of the link in step; called by {@link ServiceTicket} when it links this ticket. */
    void linkServiceTicket(ServiceTicket serviceTicket) {
        serviceTickets.add(serviceTicket);
    }

    private void changeAssignee(String programmer, String by, Instant at) {
        if (!programmer.equals(assignedProgrammer)) {
            record(AuditField.ASSIGNEE, assignedProgrammer, programmer, by, at, null);
            assignedProgrammer = programmer;
        }
    }

    private void changeState(ProgrammingTicketState newState, String by, Instant at, String note) {
        if (newState != state) {
            record(AuditField.STATE, state, newState, by, at, note);
            state = newState;
        }
    }

    private static void checkActor(String by, Instant at) {
        Require.actor(by);
        Require.at(at);
    }

    private void record(AuditField field, Object oldValue, Object newValue, String by, Instant at, String note) {
        changes.add(new TicketChange(field, Require.recorded(oldValue), Require.recorded(newValue), by, at, note));
        lastModifiedAt = at;
        lastModifiedBy = by;
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
        return other instanceof ProgrammingTicket ticket && number != null && number.equals(ticket.getNumber());
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

    public Severity getUrgency() {
        return urgency;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public ProgrammingTicketState getState() {
        return state;
    }

    public String getAssignedProgrammer() {
        return assignedProgrammer;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public String getPlannedRelease() {
        return plannedRelease;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getFixReadyAt() {
        return fixReadyAt;
    }

    public String getUpdateVersion() {
        return updateVersion;
    }

    public LocalDate getUpdateSentOn() {
        return updateSentOn;
    }

    public String getUpdateMeans() {
        return updateMeans;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getLastModifiedAt() {
        return lastModifiedAt;
    }

    public String getLastModifiedBy() {
        return lastModifiedBy;
    }

    public int getReopenCount() {
        return reopenCount;
    }

    public Set<ServiceTicket> getServiceTickets() {
        return Collections.unmodifiableSet(serviceTickets);
    }
}

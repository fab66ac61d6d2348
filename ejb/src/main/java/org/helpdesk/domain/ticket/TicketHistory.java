package org.helpdesk.domain.ticket;

import java.util.List;
import java.util.Optional;

/**
 * What is appended to a ticket and never changed: comments, time entries and the audit trail. Implemented by the
 * persistence layer; runs in the caller's transaction.
 */
public interface TicketHistory {

    void add(Comment comment);

    void add(TimeEntry entry);

    /** Records the changes the ticket collected since it was loaded, as audit events. */
    void record(ServiceTicket ticket);

    /** @see #record(ServiceTicket) */
    void record(ProgrammingTicket ticket);

    Optional<TimeEntry> timeEntry(long id);

    /** @return whether a reversal of {@code entry} exists */
    boolean isReversed(TimeEntry entry);

    /** Oldest first. */
    List<Comment> comments(ServiceTicket ticket);

    List<Comment> comments(ProgrammingTicket ticket);

    /** Oldest first, with the entry each reversal reverses. */
    List<TimeEntry> timeEntries(ServiceTicket ticket);

    List<TimeEntry> timeEntries(ProgrammingTicket ticket);

    /** Oldest first. */
    List<AuditEvent> audit(ServiceTicket ticket);

    List<AuditEvent> audit(ProgrammingTicket ticket);

    /**
     * The part of the audit trail the milestone clocks replay ({@link MilestoneClocks}): the changes of state, severity
     * and waits for the customer, oldest first, as saved (the changes not flushed yet are not in it).
     */
    List<TicketChange> clockTrail(ServiceTicket ticket);

    /**
     * The last change that moved the ticket's version: the newest audit event that is not an append. It names who
     * made a stale edit stale, and when.
     */
    Optional<AuditEvent> lastEdit(ServiceTicket ticket);

    /** @see #lastEdit(ServiceTicket) */
    Optional<AuditEvent> lastEdit(ProgrammingTicket ticket);
}

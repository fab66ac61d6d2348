package org.helpdesk.domain.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One saved entry of a ticket's history: the {@link TicketChange}s a ticket's commands collect, written by the
 * service in the same transaction as the change. It points at the ticket by type and id rather than by a foreign
 * key, so one table serves both kinds of ticket and the history outlives any clean-up. Never updated.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    public static final String SERVICE = "SERVICE";
    public static final String PROGRAMMING = "PROGRAMMING";
    public static final int VALUE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "ticket_type", nullable = false, updatable = false, length = 16)
    private String ticketType;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = ServiceTicket.NUMBER_MAX)
    private String ticketNumber;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = ServiceTicket.USERNAME_MAX)
    private String actor;

    @Convert(converter = AuditFieldConverter.class)
    @Column(nullable = false, updatable = false, length = 32)
    private AuditField field;

    @Column(name = "old_value", updatable = false, length = VALUE_MAX)
    private String oldValue;

    @Column(name = "new_value", updatable = false, length = VALUE_MAX)
    private String newValue;

    @Column(updatable = false, length = VALUE_MAX)
    private String note;

    protected AuditEvent() {
        // for JPA
    }

    private AuditEvent(String ticketType, long ticketId, String ticketNumber, TicketChange change) {
        if (!SERVICE.equals(ticketType) && !PROGRAMMING.equals(ticketType)) {
            throw new IllegalArgumentException("The ticket type is " + SERVICE + " or " + PROGRAMMING + ", not '"
                    + ticketType + "'.");
        }
        this.ticketType = ticketType;
        this.ticketId = ticketId;
        this.ticketNumber = Require.text(ticketNumber, "ticket number");
        this.at = change.at();
        this.actor = change.by();
        this.field = change.field();
        this.oldValue = truncate(change.oldValue());
        this.newValue = truncate(change.newValue());
        this.note = truncate(change.note());
    }

    /**
     * @param ticketType {@link #SERVICE} or {@link #PROGRAMMING}
     * @param ticketId the saved ticket's id
     * @return the row to persist; values longer than the columns are cut, ending with "…"
     */
    public static AuditEvent of(String ticketType, long ticketId, String ticketNumber, TicketChange change) {
        return new AuditEvent(ticketType, ticketId, ticketNumber, Objects.requireNonNull(change, "change"));
    }

    /** @return the row to persist for a change of a saved service ticket */
    public static AuditEvent of(ServiceTicket ticket, TicketChange change) {
        return of(SERVICE, savedId(ticket.getId(), ticket.getNumber()), ticket.getNumber(), change);
    }

    /** @return the row to persist for a change of a saved programming ticket */
    public static AuditEvent of(ProgrammingTicket ticket, TicketChange change) {
        return of(PROGRAMMING, savedId(ticket.getId(), ticket.getNumber()), ticket.getNumber(), change);
    }

    private static long savedId(Long id, String number) {
        if (id == null) {
            throw new IllegalStateException("Save ticket " + number + " before its history: the history needs its id.");
        }
        return id;
    }

    static String truncate(String value) {
        if (value == null || value.length() <= VALUE_MAX) {
            return value;
        }
        int end = VALUE_MAX - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return value.substring(0, end) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getTicketType() {
        return ticketType;
    }

    public long getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditField getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getNote() {
        return note;
    }
}

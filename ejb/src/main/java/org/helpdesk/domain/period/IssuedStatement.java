package org.helpdesk.domain.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.helpdesk.domain.time.HelpDeskCalendar;

/** The register entry of one hours-spent statement: its number and the parameters it was produced with. */
@Entity
@Table(name = "hours_statement")
public class IssuedStatement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hours_statement_seq")
    @SequenceGenerator(name = "hours_statement_seq", sequenceName = "hours_statement_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 20)
    private String number;

    @Column(name = "produced_at", nullable = false, updatable = false)
    private Instant producedAt;

    @Column(name = "produced_by", nullable = false, updatable = false, length = 64)
    private String producedBy;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate to;

    @Column(updatable = false, length = 32)
    private String customer;

    @Column(updatable = false, length = 64)
    private String staff;

    @Column(updatable = false, length = 20)
    private String ticket;

    @Column(nullable = false, updatable = false, length = 8)
    private String format;

    protected IssuedStatement() {
        // for JPA
    }

    public IssuedStatement(LocalDate from, LocalDate to, String customer, String staff, String ticket, String format,
            String producedBy, Instant producedAt) {
        this.from = from;
        this.to = to;
        this.customer = customer;
        this.staff = staff;
        this.ticket = ticket;
        this.format = format;
        this.producedBy = producedBy;
        this.producedAt = producedAt;
        this.number = "pending";
    }

    /** Gives the statement its number from its id, once the id is assigned (at persist). */
    public void assignNumber() {
        number = String.format("HS-%d-%06d", HelpDeskCalendar.yearOf(producedAt), id);
    }

    public String getNumber() {
        return number;
    }

    public Instant getProducedAt() {
        return producedAt;
    }
}

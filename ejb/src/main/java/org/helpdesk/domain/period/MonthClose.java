package org.helpdesk.domain.period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** A closed month. Once closed it stays closed: corrections go into an open month as reversals. */
@Entity
@Table(name = "month_close")
public class MonthClose {

    @Id
    @Column(name = "closed_month", length = 7)
    private String month;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, updatable = false, length = 64)
    private String closedBy;

    protected MonthClose() {
        // for JPA
    }

    public MonthClose(YearMonth month, String closedBy, Instant closedAt) {
        this.month = key(month);
        this.closedBy = closedBy;
        this.closedAt = closedAt;
    }

    /** @return the key of a month as stored: {@code 2026-03} */
    public static String key(YearMonth month) {
        return month.toString();
    }

    public static String key(LocalDate day) {
        return key(YearMonth.from(day));
    }

    public YearMonth getMonth() {
        return YearMonth.parse(month);
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}

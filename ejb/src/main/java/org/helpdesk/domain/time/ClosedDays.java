package org.helpdesk.domain.time;

import java.time.LocalDate;
import java.util.Objects;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * Days the help desk does not work besides the national holidays: a local holiday (the patron saint's day) or a
 * company closure (two weeks in August), from {@code first} to {@code last}, both included.
 */
public record ClosedDays(LocalDate first, LocalDate last, String name) implements java.io.Serializable {

    /** No closure spans more than a year: a longer one is a typing error, and would stop every clock for it. */
    static final int MAX_DAYS = 366;

    public ClosedDays {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new InvalidValueException("value.closedDaysOrder",
                    "The last closed day ({1}) is before the first ({0}).", first, last);
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new InvalidValueException("value.closedDaysTooLong",
                    "A closure from {0} to {1} is longer than a year.", first, last);
        }
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidValueException("value.closedDaysName",
                    "Name the closed days (up to 200 characters), e.g. \"Patron saint\" or \"Summer closure\".");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}

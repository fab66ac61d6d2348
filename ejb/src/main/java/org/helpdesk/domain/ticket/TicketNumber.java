package org.helpdesk.domain.ticket;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's human number: series, year and a sequence value of at least six digits, e.g. {@code HD-2026-000123}
 * for a service ticket and {@code PR-2026-000045} for a programming ticket. The numbers of all years come from one
 * sequence per series, so a number is unique within its series whatever its year.
 */
public record TicketNumber(Series series, int year, long sequence) implements java.io.Serializable {

    /** The two kinds of ticket, each numbered by its own sequence. */
    public enum Series {
        SERVICE("HD"), PROGRAMMING("PR");

        private final String prefix;

        Series(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(HD|PR)-(\\d{4})-(\\d{6,18})");

    /** The longest number the columns hold. */
    public static final int MAX_LENGTH = 20;

    public TicketNumber {
        Objects.requireNonNull(series, "series");
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("The year of a ticket number must have four digits, not " + year + ".");
        }
        if (sequence <= 0) {
            throw new IllegalArgumentException("The sequence value of a ticket number must be positive, not "
                    + sequence + ".");
        }
    }

    /**
     * @return the number {@code text} spells, if it spells one
     */
    public static Optional<TicketNumber> parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        Series series = m.group(1).equals(Series.SERVICE.prefix) ? Series.SERVICE : Series.PROGRAMMING;
        return Optional.of(new TicketNumber(series, Integer.parseInt(m.group(2)),
                Long.parseLong(m.group(3))));
    }

    /** @throws IllegalArgumentException if {@code text} is no ticket number (for numbers the system made) */
    public static TicketNumber valueOf(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not a ticket number."));
    }

    /** @return the number as people read and type it, e.g. {@code HD-2026-000123} */
    @Override
    public String toString() {
        // Built by hand, not with String.format: this runs on every create, and the digits must not follow the locale.
        String digits = Long.toString(sequence);
        StringBuilder number = new StringBuilder(MAX_LENGTH).append(series.prefix).append('-').append(year)
                .append('-');
        for (int i = digits.length(); i < 6; i++) {
            number.append('0');
        }
        return number.append(digits).toString();
    }

    /** @throws IllegalArgumentException if this number is not of {@code expected}: a programming error */
    TicketNumber of(Series expected) {
        if (series != expected) {
            throw new IllegalArgumentException(this + " is not a number of a " + expected.name().toLowerCase()
                    + " ticket.");
        }
        return this;
    }
}

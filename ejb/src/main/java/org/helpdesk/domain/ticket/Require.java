package org.helpdesk.domain.ticket;

import java.time.Instant;

/** The argument checks the ticket classes share, with messages a user can act on. */
final class Require {

    private Require() {
    }

    /** @return the text stripped; refused when missing or blank */
    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The " + what + " is required.");
        }
        return value.strip();
    }

    /** @return the text stripped; refused when missing, blank or longer than {@code max} characters */
    static String text(String value, String what, int max) {
        return maxLength(text(value, what), what, max);
    }

    /** @return the text stripped, or null when missing or blank; refused when longer than {@code max} */
    static String optionalText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return maxLength(value.strip(), what, max);
    }

    private static String maxLength(String value, String what, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("The " + what + " can be at most " + max + " characters long (this one has "
                    + value.length() + ").");
        }
        return value;
    }

    static <T> T value(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("The " + what + " is required.");
        }
        return value;
    }

    /** The acting user and the instant every change is stamped with. */
    static String actor(String by) {
        return text(by, "acting user");
    }

    static Instant at(Instant at) {
        return value(at, "time of the change");
    }

    /** The text an enum, a number or a date is recorded with in the history. */
    static String recorded(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

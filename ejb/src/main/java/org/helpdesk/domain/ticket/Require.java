package org.helpdesk.domain.ticket;

import java.time.Instant;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.Values;

/**
 * The argument checks the ticket classes share. A value a person gave is refused with an
 * {@link InvalidValueException} the screens translate ({@link Values}); the acting user and the instant come from
 * the services, never from a person, so their absence is a fault in the code ({@link IllegalArgumentException}).
 */
final class Require {

    private Require() {
    }

    /** @return the text stripped; refused when missing or blank */
    static String text(String value, String what) {
        return Values.text(value, what);
    }

    /** @return the text stripped; refused when missing, blank or longer than {@code max} characters */
    static String text(String value, String what, int max) {
        return Values.text(value, what, max);
    }

    /** @return the text stripped, or null when missing or blank; refused when longer than {@code max} */
    static String optionalText(String value, String what, int max) {
        return Values.optionalText(value, what, max);
    }

    static <T> T value(T value, String what) {
        return Values.value(value, what);
    }

    /** The acting user and the instant every change is stamped with. */
    static String actor(String by) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("The acting user is required.");
        }
        return by.strip();
    }

    static Instant at(Instant at) {
        if (at == null) {
            throw new IllegalArgumentException("The time of the change is required.");
        }
        return at;
    }

    /** The text an enum, a number or a date is recorded with in the history. */
    static String recorded(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

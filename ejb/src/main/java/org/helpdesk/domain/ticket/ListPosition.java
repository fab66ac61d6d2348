package org.helpdesk.domain.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.UnreadableValueException;

/**
 * Where the next page of a sorted service-ticket list starts: the order it was made for and the last row's sort
 * value, opening time and id (tickets with the same value follow in the order they were opened). Opaque to
 * callers; one that does not decode, or was made for another order, is refused with a message rather than ignored.
 *
 * @param value an {@link Instant} (opened, last change), an {@link Integer} rank (severity, state) or a
 *     {@link String} (customer code)
 */
public record ListPosition(TicketOrder order, Object value, Instant openedAt, long id) implements java.io.Serializable {

    public String encode() {
        String raw = order.param() + "|" + (value instanceof Instant at ? at.toString() : value) + "|" + openedAt
                + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws UnreadableValueException for a cursor this class did not make (400: it is no list position at all)
     * @throws InvalidValueException for one made for another order (422: a position, but of another list)
     */
    public static ListPosition decode(String encoded, TicketOrder order) {
        String raw;
        int first;
        int opened;
        int last;
        try {
            raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            first = raw.indexOf('|');
            last = raw.lastIndexOf('|');
            opened = last < 0 ? -1 : raw.lastIndexOf('|', last - 1);
            if (first < 0 || opened <= first) {
                throw new IllegalArgumentException("no separators");
            }
        } catch (IllegalArgumentException e) {
            throw invalid(encoded);
        }
        if (!raw.substring(0, first).equals(order.param())) {
            throw new InvalidValueException("value.cursorOfAnotherOrder", "The ''after'' cursor belongs to another"
                    + " order than ''{0}'': start again from the first page.", order.param());
        }
        try {
            String value = raw.substring(first + 1, opened);
            Instant openedAt = Instant.parse(raw.substring(opened + 1, last));
            long id = Long.parseLong(raw.substring(last + 1));
            return switch (order.column()) {
                case OPENED, LAST_CHANGE -> new ListPosition(order, Instant.parse(value), openedAt, id);
                case SEVERITY, STATE -> new ListPosition(order, Integer.valueOf(value), openedAt, id);
                case CUSTOMER -> new ListPosition(order, value, openedAt, id);
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(encoded);
        }
    }

    static UnreadableValueException invalid(String encoded) {
        return new UnreadableValueException("unreadable.after",
                "''after'' must be the ''next'' value of the previous page, not {0}.",
                UnreadableValueException.quoted(encoded));
    }
}

package org.helpdesk.infrastructure.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.helpdesk.application.TicketOrder;

/**
 * Where the next page of a sorted service-ticket list starts: the order it was made for and the last row's sort
 * value, opening time and id (tickets with the same value follow in the order they were opened). Opaque to
 * callers; one that does not decode, or was made for another order, is refused with a message rather than ignored.
 *
 * @param value an {@link Instant} (opened, last change), an {@link Integer} rank (severity, state) or a
 *     {@link String} (customer code)
 */
public record ListPosition(TicketOrder order, Object value, Instant openedAt, long id) {

    public String encode() {
        String raw = order.param() + "|" + (value instanceof Instant at ? at.toString() : value) + "|" + openedAt
                + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException with a readable message for a cursor this class did not make for {@code order} */
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
            throw invalid();
        }
        if (!raw.substring(0, first).equals(order.param())) {
            throw new IllegalArgumentException("The 'after' cursor belongs to another order than '" + order.param()
                    + "': start again from the first page.");
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
            throw invalid();
        }
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("The 'after' cursor is not valid: use the 'next' value of the previous page.");
    }
}

package org.helpdesk.domain.ticket;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The position after which the next page of a newest-first list starts: the last row's (opened at, id). Opaque to
 * callers; a cursor that does not decode is refused with a message rather than ignored.
 */
public record Cursor(Instant openedAt, long id) implements java.io.Serializable {

    public String encode() {
        String raw = openedAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws org.helpdesk.domain.shared.UnreadableValueException for a cursor this class did not make */
    public static Cursor decode(String encoded) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new Cursor(Instant.parse(raw.substring(0, bar)), Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
            throw ListPosition.invalid(encoded);
        }
    }
}

package org.helpdesk.interfaces.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.helpdesk.application.TicketOrder;

/**
 * Query parameters read by hand, so that a wrong value gets a 400 that names the parameter and the values it
 * takes (JAX-RS itself would answer 404 for an enum it cannot convert).
 */
final class Params {

    static final int DEFAULT_LIMIT = 50;

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad("'" + name + "' must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".");
        }
    }

    /** An instant ({@code 2026-11-01T00:00:00Z}) or a date, taken as midnight UTC. */
    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("'" + name + "' must be a date (2026-11-01) or an instant (2026-11-01T08:30:00Z).");
        }
    }

    /** {@code severity} or {@code -severity} (descending); none gives newest first. */
    static TicketOrder order(String value) {
        try {
            return TicketOrder.parse(value);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    static int limit(Integer value) {
        return value == null ? DEFAULT_LIMIT : value;
    }

    private static BadRequestException bad(String detail) {
        return new BadRequestException(Problem.response(Response.Status.BAD_REQUEST, detail));
    }
}

package org.helpdesk.web.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.helpdesk.domain.shared.UnreadableValueException;
import org.helpdesk.domain.ticket.TicketOrder;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * Query and path parameters read by hand, so that a value that cannot be read gets a 400 whose message names the
 * parameter, the value received and what it accepts ({@code 'limit' must be a whole number from 1 to 500, not
 * 'abc'.}). JAX-RS itself would answer 404 for a number or an enum it cannot convert, and say nothing. The resources
 * declare such parameters as strings and tell the OpenAPI document their real type.
 */
final class Params {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_PAGE = 500;
    private static final String MONTH = "a month such as 2026-03 (year-month)";
    private static final String DATE = "a date such as 2026-03-01";

    private Params() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, "one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")), value);
        }
    }

    /** An instant ({@code 2026-11-01T00:00:00Z}) or a date, taken as the help desk's midnight that begins it. */
    static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? HelpDeskCalendar.startOf(LocalDate.parse(value))
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, "a date (2026-11-01) or an instant (2026-11-01T08:30:00Z)", value);
        }
    }

    /** {@code severity} or {@code -severity} (descending); none gives newest first. */
    static TicketOrder order(String value) {
        try {
            return TicketOrder.parse(value);
        } catch (UnreadableValueException e) {
            throw bad(e.getMessage());
        }
    }

    /** A page size of the ticket lists: 1 to 500, default 50. */
    static int limit(String value) {
        return limit(value, MAX_PAGE, DEFAULT_LIMIT);
    }

    /** @return the {@code limit} parameter, from 1 to {@code max}; {@code byDefault} when absent */
    static int limit(String value, int max, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below, as any value out of range
        }
        throw bad("limit", "a whole number from 1 to " + max, value);
    }

    /** {@code true} or {@code false}, in any case; absent is false. */
    static boolean flag(String value, String name) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(name, "true or false", value);
        };
    }

    /** @return the month, or null when absent */
    static YearMonth month(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, MONTH, value);
        }
    }

    static YearMonth requiredMonth(String value, String name) {
        YearMonth month = month(value, name);
        if (month == null) {
            throw bad("'" + name + "' is required: a month such as 2026-03.");
        }
        return month;
    }

    static LocalDate requiredDate(String value, String name) {
        if (value == null || value.isBlank()) {
            throw bad("'" + name + "' is required: " + DATE + ".");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, DATE, value);
        }
    }

    /** A year from 1900 to 2999 (the national holidays of the calendar). */
    static int year(String value, String name) {
        try {
            int year = Integer.parseInt(value.strip());
            if (year >= 1900 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below, as any year out of range
        }
        throw bad(name, "a year from 1900 to 2999", value);
    }

    /** A number that names a record in the path (a run execution, a time entry, ...). */
    static long id(String value, String name) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw bad(name, "a whole number", value);
        }
    }

    /** The language of a document: {@code en} or {@code it} (a tag such as {@code it-IT} counts as {@code it}). */
    static Locale language(String value) {
        Locale locale = Locale.forLanguageTag(value.strip());
        if (locale.getLanguage().equals("en") || locale.getLanguage().equals("it")) {
            return Locale.forLanguageTag(locale.getLanguage());
        }
        throw bad("lang", "en or it", value);
    }

    private static BadRequestException bad(String name, String accepted, String value) {
        return bad("'" + name + "' must be " + accepted + ", not " + UnreadableValueException.quoted(value) + ".");
    }

    private static BadRequestException bad(String detail) {
        return new BadRequestException(Problem.response(Response.Status.BAD_REQUEST, detail));
    }
}

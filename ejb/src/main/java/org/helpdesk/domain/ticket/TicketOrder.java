package org.helpdesk.domain.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.helpdesk.domain.shared.UnreadableValueException;

/**
 * The order of a service-ticket list: a column and a direction. Each column is sorted on its value, then on the
 * ticket's opening time and id in the same direction (tickets of the same severity, state or customer follow in the
 * order they were opened), so the order is total and the list pages by keyset (the last row's value, opening time
 * and id), never by skipping rows. Written {@code severity} (ascending) or {@code -severity} (descending); the
 * default is {@code -opened}, newest first.
 *
 * <p>Severity sorts from High to Secondary and state in the order of the process (New to Closed), not by name.
 */
public record TicketOrder(Column column, boolean descending) implements java.io.Serializable {

    /** The sortable columns, with the name they have in addresses and in the REST API. */
    public enum Column {
        OPENED("opened"),
        LAST_CHANGE("changed"),
        SEVERITY("severity"),
        STATE("state"),
        CUSTOMER("customer");

        private final String param;

        Column(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }
    }

    public static final TicketOrder NEWEST_FIRST = new TicketOrder(Column.OPENED, true);

    public TicketOrder {
        if (column == null) {
            throw new IllegalArgumentException("The column to sort on is required.");
        }
    }

    /**
     * @param value {@code severity} or {@code -severity}; null or blank gives {@link #NEWEST_FIRST}
     * @throws UnreadableValueException naming the value received and the accepted values
     */
    public static TicketOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return NEWEST_FIRST;
        }
        String text = value.strip();
        boolean descending = text.startsWith("-");
        String name = (descending ? text.substring(1) : text).toLowerCase(Locale.ROOT);
        for (Column column : Column.values()) {
            if (column.param.equals(name)) {
                return new TicketOrder(column, descending);
            }
        }
        throw new UnreadableValueException("unreadable.sort", "''sort'' must be one of {0}, each optionally preceded"
                + " by ''-'' for descending order (for example -opened, newest first), not {1}.",
                Arrays.stream(Column.values()).map(Column::param).collect(Collectors.joining(", ")),
                UnreadableValueException.quoted(text));
    }

    /** @return the same column in the other direction */
    public TicketOrder reversed() {
        return new TicketOrder(column, !descending);
    }

    /** @return the form {@link #parse} reads */
    public String param() {
        return (descending ? "-" : "") + column.param;
    }

    @Override
    public String toString() {
        return param();
    }
}

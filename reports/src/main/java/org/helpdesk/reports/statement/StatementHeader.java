package org.helpdesk.reports.statement;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.helpdesk.reports.Templates;

/**
 * What a statement says about itself: its number, the parameters it was pulled with (period and the optional
 * filters: null when not used), the time it was produced and the language of its labels.
 */
public record StatementHeader(String number, LocalDate from, LocalDate to, String customer, String staff,
        String ticket, Instant producedAt, ZoneId zone, Locale language) {

    /** @return the parameters as one line in the statement's language */
    public String parameters() {
        ResourceBundle labels = Templates.labels(language);
        List<String> filters = new ArrayList<>();
        if (customer != null) {
            filters.add(MessageFormat.format(labels.getString("statement.filter.customer"), customer));
        }
        if (staff != null) {
            filters.add(MessageFormat.format(labels.getString("statement.filter.staff"), staff));
        }
        if (ticket != null) {
            filters.add(MessageFormat.format(labels.getString("statement.filter.ticket"), ticket));
        }
        if (filters.isEmpty()) {
            filters.add(labels.getString("statement.filter.none"));
        }
        return labels.getString("statement.parameters") + " " + MessageFormat.format(
                labels.getString("statement.period"), from.toString(), to.toString()) + "; "
                + String.join(", ", filters);
    }

    /** @return the production time, to the second, in the statement's time zone with its offset */
    public String producedAtText() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(producedAt.atZone(zone).withNano(0)
                .toOffsetDateTime());
    }
}

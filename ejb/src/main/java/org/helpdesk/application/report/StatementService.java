package org.helpdesk.application.report;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.reports.statement.StatementHeader;

/**
 * The auditors' hours-spent statements: hours per customer, per ticket and per time entry over a period, with
 * subtotals, the grand total and the SHA-256 of the data rows. A statement of closed months is reproducible: the
 * same figures and checksum whenever it is pulled. AUDITOR and ADMIN only.
 */
public interface StatementService {

    /** The longest period a statement may cover, in days: {@code -Dhelpdesk.statement.max.days}, default 366. */
    int maxDays();

    /**
     * Checks the request and registers the statement under a new number.
     *
     * @throws InvalidValueException (422) for an inverted period, a period longer than {@link #maxDays()}
     * @throws UnknownReferenceException (422, naming the filter) for an unknown customer, staff user or ticket
     */
    StatementHeader issue(StatementQuery query, Format format, Locale language);

    /**
     * Writes the statement's entries: CSV and XLSX stream them (any number of entries; the XLSX keeps a window of
     * rows in memory and the rest in a temporary file until it is written), PDF (PDF/A-1b) holds them in memory while
     * filling.
     */
    void write(StatementHeader header, Format format, OutputStream out);

    /** Period (both days included) and optional filters, null when unused. */
    record StatementQuery(LocalDate from, LocalDate to, String customer, String staff, String ticket) implements java.io.Serializable {
    }

    enum Format {
        PDF("application/pdf", "pdf"),
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }
}

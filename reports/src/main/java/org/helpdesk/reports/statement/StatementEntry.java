package org.helpdesk.reports.statement;

import java.time.LocalDate;

/**
 * One time entry of a statement, as the statement lists it: ordered by customer, ticket, work date and entry
 * number.
 *
 * @param reversesId the entry this one reverses (its minutes are negative), or null
 * @param level {@code HELP_DESK} or {@code PROGRAMMING}
 */
public record StatementEntry(String customerCode, String customerName, String ticketNumber, long entryId,
        Long reversesId, String staff, LocalDate workDate, int minutes, String level, String activity) {

    /** @return the fields of the entry as the CSV lists them, and as its checksum reads them */
    Object[] fields() {
        return new Object[] {customerCode, customerName, ticketNumber, entryId,
                reversesId == null ? "" : reversesId, staff, workDate, minutes, level, activity};
    }
}

package org.helpdesk.application.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.helpdesk.domain.text.PlainText;

/**
 * Closing months: once ADMIN closes a month, no time entry may be added, reversed or changed with a work date in
 * it (a correction goes into an open month as a reversal that names the entry it corrects), so its hours-spent
 * statement stays the same. A closed month is never reopened.
 */
public interface MonthCloseService {

    /** @return the closed months, newest first */
    List<ClosedMonth> closedMonths();

    /**
     * Closes a month that has ended.
     *
     * @throws org.helpdesk.domain.ticket.TicketRuleException if the month has not ended or is already closed
     */
    ClosedMonth close(CloseMonth command);

    @PlainText
    record CloseMonth(@NotNull(message = "{validation.month}")
            @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{validation.monthFormat}") String month) implements java.io.Serializable {
    }

    record ClosedMonth(String month, Instant closedAt, String closedBy) implements java.io.Serializable {
    }
}

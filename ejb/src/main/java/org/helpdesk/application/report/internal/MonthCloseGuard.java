package org.helpdesk.application.report.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.helpdesk.domain.period.MonthClose;
import org.helpdesk.domain.period.MonthCloses;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.domain.time.HelpDeskCalendar;

/** The month-close rule, for the services that add or reverse time entries. */
@Stateless
public class MonthCloseGuard {

    @Inject
    private MonthCloses monthCloses;

    public boolean isClosed(LocalDate day) {
        return monthCloses.isClosed(YearMonth.from(day));
    }

    /** @throws TicketRuleException if the day's month is closed */
    public void checkOpen(LocalDate workDate) {
        if (workDate != null && isClosed(workDate)) {
            throw new TicketRuleException("rule.monthClosed", "The month {0} is closed: no time entry can be"
                    + " added, reversed or changed with a date in it. Record the correction in an open month.",
                    MonthClose.key(workDate));
        }
    }

    /**
     * @return the work date of the reversal of an entry: the entry's own date while its month is open, otherwise
     *         today, in the open month the correction goes into
     * @throws TicketRuleException if today's month is closed too
     */
    public LocalDate reversalDate(LocalDate entryDate, Instant now) {
        if (!isClosed(entryDate)) {
            return entryDate;
        }
        LocalDate today = HelpDeskCalendar.dateOf(now);
        checkOpen(today);
        return today;
    }
}

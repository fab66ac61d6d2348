package org.helpdesk.domain.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

/**
 * The dashboard's counts of service tickets. Implemented by the persistence layer; runs in the caller's transaction
 * and changes nothing.
 */
public interface DashboardFigures {

    /** The open tickets of one state, by the time they were opened. */
    record OpenSince(ServiceTicketState state, long sinceDayAgo, long sinceWeekAgo, long older) implements java.io.Serializable {
    }

    /**
     * @return how many tickets were opened from {@code start} (included) to {@code end} (excluded), by severity;
     *         a severity without tickets is left out
     */
    Map<Severity, Long> openedBySeverity(Instant start, Instant end);

    /**
     * Hands each ticket opened from {@code start} (included) to {@code end} (excluded) to {@code each}, for a rule
     * of the ticket itself (its milestones), one at a time as the database returns them.
     */
    void eachOpened(Instant start, Instant end, Consumer<ServiceTicket> each);

    /**
     * @return for each state with open tickets, those opened at or after {@code dayAgo}, from {@code weekAgo}
     *         (included) to {@code dayAgo}, and before {@code weekAgo}
     */
    List<OpenSince> openByAge(Instant dayAgo, Instant weekAgo);

    /** The resolution times of one severity's calls resolved, summed by level, as their clocks counted them. */
    record ResolutionSums(Severity severity, long resolved, long helpDeskMinutes, long programmingMinutes) implements java.io.Serializable {
    }

    /** @return for the calls opened from {@code start} to {@code end} (excluded) and resolved: one line per severity */
    List<ResolutionSums> resolutionByLevel(Instant start, Instant end);
}

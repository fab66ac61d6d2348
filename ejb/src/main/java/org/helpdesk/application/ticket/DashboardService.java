package org.helpdesk.application.ticket;

import jakarta.ejb.Local;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

/** Figures for the dashboard. Every staff role may read them. */
@Local
public interface DashboardService {

    record SeverityCount(Severity severity, long calls) implements java.io.Serializable {
    }

    /** For one severity and milestone: how many calls of the month met, missed or have yet to reach it. */
    record Compliance(Severity severity, Milestone milestone, long met, long missed, long pending) implements java.io.Serializable {
        public long percentMet() {
            long decided = met + missed;
            return decided == 0 ? 100 : Math.round(100.0 * met / decided);
        }
    }

    /**
     * The resolution time of one severity's calls of the month resolved so far, by level: in the help desk's hands
     * and in programming's, as their clocks counted it.
     */
    record ResolutionSplit(Severity severity, long resolved, long helpDeskMinutes, long programmingMinutes) implements java.io.Serializable {
        public long programmingPercent() {
            long all = helpDeskMinutes + programmingMinutes;
            return all == 0 ? 0 : Math.round(100.0 * programmingMinutes / all);
        }
    }

    /** Open tickets of one state by age: under a day, one to seven days, older. */
    record OpenByAge(ServiceTicketState state, long underADay, long underAWeek, long older) implements java.io.Serializable {
    }

    /** Calls opened in {@code month}, per severity (every severity listed, zeros included). */
    List<SeverityCount> callsBySeverity(@NotNull YearMonth month);

    /** Milestone compliance of the calls opened in {@code month}, per severity and milestone. */
    List<Compliance> compliance(@NotNull YearMonth month);

    /** The resolution split of the calls opened in {@code month}: one line per severity with calls resolved. */
    List<ResolutionSplit> resolutionSplit(@NotNull YearMonth month);

    /** Every open state, with its tickets by age. */
    List<OpenByAge> openByStateAndAge();
}

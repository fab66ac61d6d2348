package org.helpdesk.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.Milestone;
import org.helpdesk.domain.ticket.ProgrammingTicketState;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;

/**
 * What a customer's monthly call report is made of, read as rows, not entities: the monthly run assembles thousands
 * of reports, and entities would fill the persistence context of its chunk. Nothing here writes, so no query writes
 * the caller's pending changes first. Implemented by the persistence layer; runs in the caller's transaction.
 */
public interface MonthlyFigures {

    /**
     * One call (service ticket): the columns the report reads. The clock minutes are its milestone clocks as last
     * replayed ({@code ClockReadings}): business or round-the-clock minutes to each milestone reached, and the
     * resolution split between help desk and programming; null where not reached, or not replayed yet.
     */
    record Call(long id, String number, Instant openedAt, Channel channel, RequestKind kind, Severity severity,
            String subject, ServiceTicketState state, Instant takenInChargeAt, Instant firstFeedbackAt,
            Instant resolvedAt, Integer takingChargeClock, Integer firstFeedbackClock, Integer resolutionClock,
            Integer helpDeskClock, Integer programmingClock) implements java.io.Serializable {

        /** A call whose clocks were not replayed: its milestone times are plain elapsed time. */
        public Call(long id, String number, Instant openedAt, Channel channel, RequestKind kind, Severity severity,
                String subject, ServiceTicketState state, Instant takenInChargeAt, Instant firstFeedbackAt,
                Instant resolvedAt) {
            this(id, number, openedAt, channel, kind, severity, subject, state, takenInChargeAt, firstFeedbackAt,
                    resolvedAt, null, null, null, null, null);
        }

        /**
         * @return the minutes the milestone's clock counted until it was reached (business hours or round the clock,
         *         as the severity's targets say); the plain elapsed minutes for a call whose clocks were not replayed
         *         yet; null if not reached
         */
        public Long minutesTo(Milestone milestone) {
            Instant at = ServiceTicket.reachedAt(milestone, takenInChargeAt, firstFeedbackAt, resolvedAt);
            if (at == null) {
                return null;
            }
            Integer clock = switch (milestone) {
                case TAKING_CHARGE -> takingChargeClock;
                case FIRST_FEEDBACK -> firstFeedbackClock;
                case RESOLUTION -> resolutionClock;
            };
            return clock != null ? clock.longValue() : Duration.between(openedAt, at).toMinutes();
        }
    }

    /**
     * A programming ticket opened for the customer's calls.
     *
     * @param closedAt when it was last closed; null while open
     */
    record ProgrammingWork(String number, String title, Severity urgency, ProgrammingTicketState state,
            LocalDate plannedDate, String plannedRelease, String updateVersion, LocalDate updateSentOn,
            Instant openedAt, Instant closedAt) implements java.io.Serializable {

        /** @return whether it was open at that instant: opened before it and not closed by then */
        public boolean openAt(Instant at) {
            return openedAt.isBefore(at) && (closedAt == null || !closedAt.isBefore(at));
        }
    }

    /** The minutes of one level's time entries dated in one month (the help desk's days). */
    record MonthMinutes(YearMonth month, WorkLevel level, long minutes) implements java.io.Serializable {
    }

    /** @return the customer's calls opened from {@code start} (included) to {@code end} (excluded), by opening */
    List<Call> calls(long customerId, Instant start, Instant end);

    /**
     * @return the minutes of the time entries of each of those calls ({@link #calls}), by the call's id; a call
     *         without time entries is left out
     */
    Map<Long, Long> minutesByCall(long customerId, Instant start, Instant end);

    /**
     * @return the minutes of the time entries of the customer's calls (whenever opened) with a work date from
     *         {@code from} to {@code to} (both included), by month and level; none where there are no entries
     */
    List<MonthMinutes> minutesByMonth(long customerId, LocalDate from, LocalDate to);

    /**
     * @return the programming tickets linked to the customer's calls and opened from {@code start} (included) to
     *         {@code end} (excluded), each once, by number
     */
    List<ProgrammingWork> programmingWork(long customerId, Instant start, Instant end);

    /**
     * @return the programming tickets linked to the customer's calls that were open at some time from {@code since}
     *         to {@code end}: opened before {@code end} and not closed before {@code since}; each once, by number
     */
    List<ProgrammingWork> programmingOpenBetween(long customerId, Instant since, Instant end);
}

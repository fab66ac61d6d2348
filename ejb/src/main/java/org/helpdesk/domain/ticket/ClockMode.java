package org.helpdesk.domain.ticket;

import java.time.Duration;
import java.time.Instant;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * How a severity's milestone clocks count: within the help desk's working hours, or round the clock. Each severity has
 * its own ({@link MilestoneTargets#getClockMode()}); the defaults count High round the clock and the others in
 * business hours.
 */
public enum ClockMode {
    /** Only the working hours of the help desk's calendar count: not nights, weekends, holidays or closed days. */
    BUSINESS_HOURS("Business hours"),
    /** Every minute counts. */
    ROUND_THE_CLOCK("Round the clock");

    private final String label;

    ClockMode(String label) {
        this.label = label;
    }

    /** @return the English name shown in screens and messages; the Italian one comes from the UI's bundle */
    public String label() {
        return label;
    }

    /** @return the time this clock counts from {@code from} to {@code to} */
    public Duration measure(HelpDeskCalendar calendar, Instant from, Instant to) {
        if (this == ROUND_THE_CLOCK) {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }
        return calendar.businessTime(from, to);
    }

    /** @return the instant at which this clock has counted {@code amount} since {@code from} */
    public Instant plus(HelpDeskCalendar calendar, Instant from, Duration amount) {
        return this == ROUND_THE_CLOCK ? from.plus(amount) : calendar.plusBusinessTime(from, amount);
    }
}

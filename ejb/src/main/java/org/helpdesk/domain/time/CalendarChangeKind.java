package org.helpdesk.domain.time;

/** What a {@link CalendarChange} changed. */
public enum CalendarChangeKind {
    /** The working hours of the week. */
    WORKING_WEEK,
    /** Closed days added by hand. */
    CLOSED_DAYS_ADDED,
    /** Closed days added from a calendar file. */
    CLOSED_DAYS_IMPORTED,
    /** Closed days removed. */
    CLOSED_DAYS_REMOVED
}

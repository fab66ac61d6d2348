package org.helpdesk.domain.time;

import java.util.List;
import java.util.Optional;

/**
 * The calendar as stored, for the administrator's changes: the working week's row, the closed days and the journal
 * of changes. (What the clocks read is {@link CalendarSettings#current()}.)
 */
public interface StoredCalendar {

    /** @return the working week's row, stored with the default hours first if it was missing */
    CalendarWeek week();

    /** @return the working week as committed in the database (never a cached copy), if stored */
    Optional<CalendarWeek> committedWeek();

    /** @return every closed days, by first day */
    List<CalendarClosure> closures();

    Optional<CalendarClosure> closure(long id);

    void add(CalendarClosure closure);

    void remove(CalendarClosure closure);

    /**
     * Moves the week's {@link CalendarWeek#getRevision() revision}, so that every server builds the calendar again:
     * called after closed days were added or removed, in the same transaction.
     */
    void closedDaysChanged();

    void record(CalendarChange change);

    /** @return the latest changes, newest first, at most {@code limit} */
    List<CalendarChange> changes(int limit);
}

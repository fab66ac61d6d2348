package org.helpdesk.application.calendar.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.domain.time.CalendarWeek;
import org.helpdesk.domain.time.StoredCalendar;

/**
 * The refusal of a stale change of the working week, naming who changed it and when. When the database refused the
 * write itself (another change committed between the read and the write), the caller's transaction is lost:
 * {@link #lostRace()} reads the committed row in a new one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WeekStaleEdits {

    @Inject
    private StoredCalendar calendar;

    /** @return the refusal naming who changed the working week that is committed now */
    public StaleEditException lostRace() {
        return calendar.committedWeek().map(WeekStaleEdits::of)
                .orElseGet(() -> StaleEditException.workingWeek(null, null));
    }

    static StaleEditException of(CalendarWeek week) {
        return StaleEditException.workingWeek(week.getChangedBy(), week.getChangedAt());
    }
}

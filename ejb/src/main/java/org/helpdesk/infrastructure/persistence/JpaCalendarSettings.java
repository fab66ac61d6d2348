package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.helpdesk.domain.time.CalendarClosure;
import org.helpdesk.domain.time.CalendarSettings;
import org.helpdesk.domain.time.CalendarWeek;
import org.helpdesk.domain.time.ClosedDays;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.WorkingWeek;

/**
 * {@link CalendarSettings} with JPA, cheap enough for every ticket transition and view: one read of the week's row
 * from the second-level cache, and the calendar built from it the last time as long as the row's version and revision
 * are the same. A change of the hours moves the version, a change of the closed days the revision; the cache entry of
 * the row is invalidated on every server of a cluster when either moves, so each server builds the new calendar at
 * its next call, with one query for the closed days.
 *
 * <p>The calendar is read outside the caller's transaction ({@link TxType#NOT_SUPPORTED}): only what is committed
 * goes into the calendar kept, never a change the caller is still making and may roll back.
 */
@ApplicationScoped
public class JpaCalendarSettings implements CalendarSettings {

    private static final HelpDeskCalendar DEFAULT = new HelpDeskCalendar(WorkingWeek.DEFAULT, List.of());

    /** The calendar last built, with the version and revision of the row it was built from. */
    private record Built(long version, long revision, HelpDeskCalendar calendar) {
    }

    @PersistenceContext
    private EntityManager em;

    private final AtomicReference<Built> built = new AtomicReference<>();

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public HelpDeskCalendar current() {
        CalendarWeek row = em.find(CalendarWeek.class, CalendarWeek.ID);
        if (row == null) {
            return DEFAULT;
        }
        Built last = built.get();
        if (last != null && last.version() == row.getVersion() && last.revision() == row.getRevision()) {
            return last.calendar();
        }
        List<ClosedDays> closed = em.createQuery("SELECT c FROM CalendarClosure c ORDER BY c.firstDay, c.id",
                CalendarClosure.class).getResultList().stream().map(CalendarClosure::days).toList();
        HelpDeskCalendar calendar = new HelpDeskCalendar(row.week(), closed);
        built.set(new Built(row.getVersion(), row.getRevision(), calendar));
        return calendar;
    }
}

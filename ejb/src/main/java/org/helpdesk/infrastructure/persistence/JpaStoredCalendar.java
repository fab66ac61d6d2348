package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.helpdesk.domain.time.CalendarChange;
import org.helpdesk.domain.time.CalendarClosure;
import org.helpdesk.domain.time.CalendarWeek;
import org.helpdesk.domain.time.StoredCalendar;
import org.hibernate.query.NativeQuery;

/** {@link StoredCalendar} with JPA. */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class JpaStoredCalendar implements StoredCalendar {

    @PersistenceContext
    private EntityManager em;

    @Override
    public CalendarWeek week() {
        CalendarWeek week = em.find(CalendarWeek.class, CalendarWeek.ID);
        if (week == null) {
            week = CalendarWeek.defaults();
            em.persist(week);
        }
        return week;
    }

    @Override
    public Optional<CalendarWeek> committedWeek() {
        return Optional.ofNullable(em.find(CalendarWeek.class, CalendarWeek.ID,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)));
    }

    @Override
    public List<CalendarClosure> closures() {
        return em.createQuery("SELECT c FROM CalendarClosure c ORDER BY c.firstDay, c.lastDay, c.id",
                CalendarClosure.class).getResultList();
    }

    @Override
    public Optional<CalendarClosure> closure(long id) {
        return Optional.ofNullable(em.find(CalendarClosure.class, id));
    }

    @Override
    public void add(CalendarClosure closure) {
        em.persist(closure);
    }

    @Override
    public void remove(CalendarClosure closure) {
        em.remove(closure);
    }

    /**
     * The database adds one to the revision, so that two changes of the closed days at the same time each move it.
     * Hibernate evicts the week's row from the second-level cache (on every server) when the update commits.
     */
    @Override
    public void closedDaysChanged() {
        em.createNativeQuery("UPDATE calendar_week SET revision = revision + 1")
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(CalendarWeek.class).executeUpdate();
    }

    @Override
    public void record(CalendarChange change) {
        em.persist(change);
    }

    @Override
    public List<CalendarChange> changes(int limit) {
        return em.createQuery("SELECT c FROM CalendarChange c ORDER BY c.at DESC, c.id DESC", CalendarChange.class)
                .setMaxResults(limit).getResultList();
    }
}

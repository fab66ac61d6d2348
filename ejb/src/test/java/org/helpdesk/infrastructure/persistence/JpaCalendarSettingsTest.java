package org.helpdesk.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.time.CalendarClosure;
import org.helpdesk.domain.time.CalendarWeek;
import org.helpdesk.domain.time.ClosedDays;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.WorkingWeek;
import org.junit.jupiter.api.Test;

/**
 * The calendar is built once per version and revision of the week's row, and again as soon as either moves: what
 * every server does when the row it reads from the second-level cache tells it the calendar changed.
 */
class JpaCalendarSettingsTest {

    private static final Instant AT = Instant.parse("2031-03-03T10:00:00Z");

    private CalendarWeek row = CalendarWeek.defaults();
    private final List<CalendarClosure> closures = new ArrayList<>();
    private int queries;
    private final JpaCalendarSettings settings = new JpaCalendarSettings();

    JpaCalendarSettingsTest() throws ReflectiveOperationException {
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> row;
                    case "createQuery" -> query();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        set(settings, "em", em);
    }

    @Test
    void theCalendarIsBuiltOnceAsLongAsTheRowIsTheSame() {
        HelpDeskCalendar first = settings.current();

        assertSame(first, settings.current());
        assertEquals(1, queries, "the closed days are read once");
        assertEquals(WorkingWeek.DEFAULT, first.week());
    }

    @Test
    void closedDaysAddedAreSeenOnceTheRevisionMoves() throws ReflectiveOperationException {
        HelpDeskCalendar before = settings.current();
        closures.add(new CalendarClosure(new ClosedDays(LocalDate.of(2031, 6, 24), LocalDate.of(2031, 6, 24),
                "San Giovanni"), "admin", AT));
        set(row, "revision", 1L);

        HelpDeskCalendar after = settings.current();

        assertNotSame(before, after);
        assertEquals(Optional.of("San Giovanni"), after.closedBecause(LocalDate.of(2031, 6, 24)));
        assertTrue(before.closedBecause(LocalDate.of(2031, 6, 24)).isEmpty());
    }

    @Test
    void newHoursAreSeenOnceTheVersionMoves() throws ReflectiveOperationException {
        settings.current();
        row.change(WorkingWeek.parse("SAT 09:00-12:00"), "admin", AT);
        set(row, "version", 1L);

        assertEquals(WorkingWeek.parse("SAT 09:00-12:00"), settings.current().week());
        assertEquals(2, queries);
    }

    @Test
    void withoutTheRowTheDefaultsAreInForce() {
        row = null;

        assertEquals(WorkingWeek.DEFAULT, settings.current().week());
        assertEquals(List.of(), settings.current().closedDays());
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<CalendarClosure> query() {
        queries++;
        return (TypedQuery<CalendarClosure>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TypedQuery.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getResultList")) {
                        return List.copyOf(closures);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}

package org.helpdesk.application.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.report.MonthCloseService.CloseMonth;
import org.helpdesk.application.report.MonthCloseService.ClosedMonth;
import org.helpdesk.domain.period.MonthClose;
import org.helpdesk.domain.period.MonthCloses;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.junit.jupiter.api.Test;

/**
 * Month close and the reversals it dates go by the help desk's day (Rome here), not by UTC's: 2027-03-31T22:30Z is
 * 1 April 00:30 in Rome, so March has ended and "today" is April 1.
 */
class MonthCloseOnTheHelpDesksDayTest {

    private static final Instant APRIL_FIRST_IN_ROME = Instant.parse("2027-03-31T22:30:00Z");
    private static final Instant MARCH_LAST_IN_ROME = Instant.parse("2027-03-31T21:30:00Z");

    @Test
    void anEntryOfAClosedMonthIsReversedOnTheHelpDesksToday() {
        MonthCloseGuard guard = inject(new MonthCloseGuard(), "monthCloses", closed(YearMonth.of(2027, 2)));

        assertEquals(LocalDate.of(2027, 4, 1), guard.reversalDate(LocalDate.of(2027, 2, 10), APRIL_FIRST_IN_ROME));
        assertEquals(LocalDate.of(2027, 3, 31), guard.reversalDate(LocalDate.of(2027, 2, 10), MARCH_LAST_IN_ROME));
        assertEquals(LocalDate.of(2027, 3, 5), guard.reversalDate(LocalDate.of(2027, 3, 5), APRIL_FIRST_IN_ROME),
                "an entry of an open month is reversed on its own date");
    }

    @Test
    void aReversalIsRefusedWhenTheHelpDesksTodayIsInAClosedMonthToo() {
        MonthCloseGuard guard = inject(new MonthCloseGuard(), "monthCloses",
                closed(YearMonth.of(2027, 2), YearMonth.of(2027, 3)));

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> guard.reversalDate(LocalDate.of(2027, 2, 10), MARCH_LAST_IN_ROME));
        assertEquals("rule.monthClosed", refused.messageKey());
        assertEquals(LocalDate.of(2027, 4, 1), guard.reversalDate(LocalDate.of(2027, 2, 10), APRIL_FIRST_IN_ROME));
    }

    @Test
    void aMonthCanBeClosedOnceItHasEndedInTheHelpDesk() {
        RecordingCloses closes = closed();

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> service(closes, MARCH_LAST_IN_ROME).close(new CloseMonth("2027-03")));
        assertEquals("rule.monthNotEnded", refused.messageKey());

        ClosedMonth closed = service(closes, APRIL_FIRST_IN_ROME).close(new CloseMonth("2027-03"));
        assertEquals("2027-03", closed.month());
        assertEquals(List.of("2027-03"), closes.added);
    }

    private static DefaultMonthCloseService service(MonthCloses closes, Instant now) {
        Caller caller = inject(new Caller(), "clock", Clock.fixed(now, ZoneOffset.UTC));
        inject(caller, "principal", (Principal) () -> "admin");
        return inject(inject(new DefaultMonthCloseService(), "monthCloses", closes), "caller", caller);
    }

    private static RecordingCloses closed(YearMonth... months) {
        return new RecordingCloses(Set.of(months));
    }

    /** The closed months, and those the test closes. */
    private static final class RecordingCloses implements MonthCloses {

        private final Set<YearMonth> closed;
        private final List<String> added = new ArrayList<>();

        RecordingCloses(Set<YearMonth> closed) {
            this.closed = closed;
        }

        @Override
        public boolean isClosed(YearMonth month) {
            return closed.contains(month) || added.contains(MonthClose.key(month));
        }

        @Override
        public List<MonthClose> all() {
            return List.of();
        }

        @Override
        public void add(MonthClose close) {
            added.add(close.getMonth().toString());
        }
    }

    /** What the container does: {@code value} in the field {@code name}. */
    private static <T> T inject(T bean, String name, Object value) {
        try {
            Field field = bean.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

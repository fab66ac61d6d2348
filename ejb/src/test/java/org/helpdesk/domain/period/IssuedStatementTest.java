package org.helpdesk.domain.period;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A statement's number carries the help desk's year (Rome here) of its production, not UTC's. */
class IssuedStatementTest {

    @Test
    void aStatementProducedJustAfterNewYearsMidnightInTheHelpDeskIsNumberedInTheNewYear() {
        // 1 January 2027 00:30 in Rome, still 2026 in UTC.
        IssuedStatement issued = new IssuedStatement(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null,
                null, null, "PDF", "auditor", Instant.parse("2026-12-31T23:30:00Z"));
        setId(issued, 12);

        issued.assignNumber();

        assertEquals("HS-2027-000012", issued.getNumber());
    }

    /** What the persistence provider does when saving. */
    private static void setId(IssuedStatement issued, long id) {
        try {
            Field field = IssuedStatement.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(issued, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

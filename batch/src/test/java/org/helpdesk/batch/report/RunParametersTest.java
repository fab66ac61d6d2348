package org.helpdesk.batch.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RunParametersTest {

    private static final Clock APRIL = Clock.fixed(Instant.parse("2026-04-01T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutParametersTheRunIsThePreviousMonthForEveryActiveCustomerInThreePartitions() {
        RunParameters run = RunParameters.from(new Properties(), APRIL);
        assertEquals(YearMonth.of(2026, 3), run.month());
        assertEquals(List.of(), run.customers());
        assertFalse(run.withCallsOnly());
        assertEquals(3, run.partitions());
        assertEquals(4, run.deliveryPartitions());
        assertEquals("schedule", run.startedBy());
        assertEquals(0, run.failAfter());
    }

    @Test
    void thePreviousMonthIsTheHelpDesksNotUtcs() {
        // 1 April 2026 00:30 in Rome, still 31 March in UTC: the previous month is March.
        Clock aprilInRome = Clock.fixed(Instant.parse("2026-03-31T22:30:00Z"), ZoneOffset.UTC);
        assertEquals(YearMonth.of(2026, 3), RunParameters.from(new Properties(), aprilInRome).month());
        // 31 March 23:30 in Rome: still March, whose previous month is February.
        Clock marchInRome = Clock.fixed(Instant.parse("2026-03-31T21:30:00Z"), ZoneOffset.UTC);
        assertEquals(YearMonth.of(2026, 2), RunParameters.from(new Properties(), marchInRome).month());
    }

    @Test
    void parametersAsTheJobXmlPassesThem() {
        Properties p = new Properties();
        p.setProperty("month", "2026-01");
        p.setProperty("customers", " acme, ROSSI ,,acme");
        p.setProperty("scope", "with-calls");
        p.setProperty("partitions", "3");
        p.setProperty("failAfter", "");
        p.setProperty("failDeliveryAfter", "2");
        RunParameters run = RunParameters.from(p, APRIL);
        assertEquals(YearMonth.of(2026, 1), run.month());
        assertEquals(List.of("ACME", "ROSSI"), run.customers());
        assertTrue(run.withCallsOnly());
        assertEquals(3, run.partitions());
        assertEquals(0, run.failAfter());
        assertEquals(2, run.failDeliveryAfter());
    }

    @Test
    void anUnknownScopeIsRefused() {
        Properties p = new Properties();
        p.setProperty("scope", "some");
        assertEquals("The scope of the monthly report run is 'all' or 'with-calls', not 'some'.",
                assertThrows(IllegalArgumentException.class, () -> RunParameters.from(p, APRIL)).getMessage());
    }
}

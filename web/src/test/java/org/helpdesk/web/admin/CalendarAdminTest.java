package org.helpdesk.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hours of a weekday as the administrator types them, split into the ranges the service reads. */
class CalendarAdminTest {

    @Test
    void rangesAreApartBySpacesCommasOrSemicolons() {
        assertEquals(List.of("08:30-12:30", "14:00-18:00"), CalendarAdmin.ranges(" 08:30-12:30  14:00-18:00 "));
        assertEquals(List.of("08:30-12:30", "14:00-18:00"), CalendarAdmin.ranges("08:30-12:30, 14:00-18:00;"));
    }

    @Test
    void spacesAroundTheDashDoNotSplitARange() {
        assertEquals(List.of("8:30-12:30", "14:00-18:00"), CalendarAdmin.ranges("8:30 - 12:30 14:00 – 18:00"));
    }

    @Test
    void anEmptyDayHasNoRanges() {
        assertEquals(List.of(), CalendarAdmin.ranges("  "));
        assertEquals(List.of(), CalendarAdmin.ranges(null));
    }

    @Test
    void whatIsNoRangeIsPassedOnForTheServiceToRefuse() {
        assertEquals(List.of("9", "to", "5"), CalendarAdmin.ranges("9 to 5"));
    }
}

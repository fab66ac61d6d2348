package org.helpdesk.application.calendar.internal;

import java.util.Map;

/** The English names of Italy's national holidays, by the codes of {@link org.helpdesk.domain.time.ItalianHolidays}. */
final class HolidayNames {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("holiday.newYear", "New Year's Day"),
            Map.entry("holiday.epiphany", "Epiphany"),
            Map.entry("holiday.easter", "Easter Sunday"),
            Map.entry("holiday.easterMonday", "Easter Monday"),
            Map.entry("holiday.liberation", "Liberation Day"),
            Map.entry("holiday.labour", "Labour Day"),
            Map.entry("holiday.republic", "Republic Day"),
            Map.entry("holiday.assumption", "Assumption Day"),
            Map.entry("holiday.saintFrancis", "Saint Francis of Assisi"),
            Map.entry("holiday.allSaints", "All Saints' Day"),
            Map.entry("holiday.immaculate", "Immaculate Conception"),
            Map.entry("holiday.christmas", "Christmas Day"),
            Map.entry("holiday.saintStephen", "Saint Stephen's Day"));

    private HolidayNames() {
    }

    /** @return the holiday's English name; the code itself for a code this table does not know */
    static String english(String code) {
        return ENGLISH.getOrDefault(code, code);
    }

    static Map<String, String> all() {
        return ENGLISH;
    }
}

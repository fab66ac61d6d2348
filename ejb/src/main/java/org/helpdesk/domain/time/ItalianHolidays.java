package org.helpdesk.domain.time;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

/**
 * Italy's national holidays of a year, computed (no table to keep up to date): the fixed days, Easter and Easter
 * Monday, and from 2026 the 4th of October (restored as a national holiday by law 151/2025). A holiday that falls on
 * a Sunday is not moved. Local patron saints' days are not national: the administrator adds them as closed days.
 */
public final class ItalianHolidays {

    private ItalianHolidays() {
    }

    /** @return the holidays of {@code year}, by date, each with its code ({@code holiday.easterMonday}, ...) */
    public static Map<LocalDate, String> of(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(LocalDate.of(year, Month.JANUARY, 1), "holiday.newYear");
        days.put(LocalDate.of(year, Month.JANUARY, 6), "holiday.epiphany");
        LocalDate easter = easterSunday(year);
        days.put(easter, "holiday.easter");
        days.put(easter.plusDays(1), "holiday.easterMonday");
        days.put(LocalDate.of(year, Month.APRIL, 25), "holiday.liberation");
        days.put(LocalDate.of(year, Month.MAY, 1), "holiday.labour");
        days.put(LocalDate.of(year, Month.JUNE, 2), "holiday.republic");
        days.put(LocalDate.of(year, Month.AUGUST, 15), "holiday.assumption");
        if (year >= 2026) {
            days.put(LocalDate.of(year, Month.OCTOBER, 4), "holiday.saintFrancis");
        }
        days.put(LocalDate.of(year, Month.NOVEMBER, 1), "holiday.allSaints");
        days.put(LocalDate.of(year, Month.DECEMBER, 8), "holiday.immaculate");
        days.put(LocalDate.of(year, Month.DECEMBER, 25), "holiday.christmas");
        days.put(LocalDate.of(year, Month.DECEMBER, 26), "holiday.saintStephen");
        return days;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}

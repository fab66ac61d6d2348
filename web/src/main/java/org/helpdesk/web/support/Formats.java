package org.helpdesk.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * Dates, durations and enum labels in the user's language ({@code #{fmt.dateTime(t.openedAt)}}). Times are shown in
 * the help desk's time zone, {@code -Dhelpdesk.timezone} (default Europe/Rome).
 */
@Named("fmt")
@RequestScoped
public class Formats {

    /** The help desk's time zone, for "today" and "this month" on the screens. */
    public static final ZoneId ZONE = HelpDeskCalendar.ZONE;

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withZone(ZONE);

    @Inject
    private UserSession session;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(session.getLocale()).withZone(ZONE).format(instant);
    }

    /** A time as the lists show it, in the help desk's time zone and the same in every language: 2026-12-06 09:30. */
    public String compactDateTime(Instant instant) {
        return instant == null ? "" : COMPACT.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(session.getLocale()).format(date);
    }

    /** A phone number as a link's address: {@code +39 02 1234} -> {@code tel:+39021234} (no spaces in a tel: URI). */
    public String phoneLink(String phone) {
        return phone == null ? "" : "tel:" + phone.replaceAll("[^+0-9]", "");
    }

    /** A month as {@code 2026-11} (how the services name it) in the user's words: November 2026, novembre 2026. */
    public String month(String month) {
        if (month == null || month.isBlank()) {
            return "";
        }
        return DateTimeFormatter.ofPattern("LLLL uuuu", session.getLocale()).format(YearMonth.parse(month));
    }

    /** {@code 95} -> {@code 1 h 35 min}. */
    public String minutes(long minutes) {
        long abs = Math.abs(minutes);
        String text = abs >= 60 ? (abs / 60) + " h " + String.format("%02d", abs % 60) + " min" : abs + " min";
        return minutes < 0 ? "-" + text : text;
    }

    /** A mail's text, ready to print as escaped text that keeps its line breaks: see {@link MailText#display}. */
    public String mailText(String text) {
        return MailText.display(text);
    }

    /** Addresses, names: {@code a@x.it, b@y.it}; "" for none. */
    public String list(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    /** The first {@code count} of {@code values}, for a list that shows only its head. */
    public <T> List<T> first(List<T> values, int count) {
        return values == null ? List.of() : values.subList(0, Math.min(count, values.size()));
    }

    /** A file's size: {@code 532 B}, {@code 12 KB}, {@code 3.4 MB} (1 KB = 1024 B), decimals in the user's language. */
    public String bytes(long size) {
        return bytes(size, session.getLocale());
    }

    static String bytes(long size, Locale locale) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " KB";
        }
        double megabytes = size / (1024.0 * 1024.0);
        return megabytes >= 100 ? Math.round(megabytes) + " MB" : String.format(locale, "%.1f MB", megabytes);
    }

    /** The label of an enum value from the screens' bundle: {@code enum.Severity.HIGH}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), value.name());
    }

    /** An action's or a field's label by name, as the services report them: {@code label('action', 'TAKE_CHARGE')}. */
    public String label(String group, String name) {
        return name == null ? "" : text(group + "." + name, name);
    }

    private String text(String key, String fallback) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}

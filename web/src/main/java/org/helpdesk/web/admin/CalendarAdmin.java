package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.helpdesk.application.calendar.CalendarService;
import org.helpdesk.application.calendar.CalendarService.AddClosedDays;
import org.helpdesk.application.calendar.CalendarService.CalendarChangeView;
import org.helpdesk.application.calendar.CalendarService.CalendarView;
import org.helpdesk.application.calendar.CalendarService.ChangeWeek;
import org.helpdesk.application.calendar.CalendarService.ClosedDaysView;
import org.helpdesk.application.calendar.CalendarService.HolidayView;
import org.helpdesk.application.calendar.CalendarService.ImportResult;
import org.helpdesk.application.calendar.CalendarService.WorkingDay;
import org.helpdesk.web.support.Messages;

/**
 * The help desk's calendar (ADMIN): the working hours of each weekday, edited in place; the closed days, added one by
 * one or imported from an iCalendar file, and removed; this year's national holidays; the latest changes.
 */
@Named
@ViewScoped
public class CalendarAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many changes the screen lists. */
    static final int CHANGES_SHOWN = 50;

    /** A dash between two times, with or without spaces around it: {@code 08:30 - 12:30}. */
    private static final Pattern DASH = Pattern.compile("\\s*[-–]\\s*");

    /** One weekday's hours as the administrator types them: {@code 08:30-12:30 14:00-18:00}, empty for a day off. */
    public static class DayRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DayOfWeek day;
        private String hours;

        DayRow(WorkingDay day) {
            this.day = day.day();
            this.hours = String.join(" ", day.ranges());
        }

        public DayOfWeek getDay() {
            return day;
        }

        public String getHours() {
            return hours;
        }

        public void setHours(String hours) {
            this.hours = hours;
        }
    }

    @EJB
    private CalendarService calendar;

    private List<DayRow> days = List.of();
    private long version;
    private String changedBy;
    private Instant changedAt;
    private List<ClosedDaysView> closedDays = List.of();
    private int year;
    private List<HolidayView> holidays = List.of();
    private List<CalendarChangeView> changes = List.of();
    private LocalDate first;
    private LocalDate last;
    private String name;
    /** The file chosen, read by the request that brings it: never kept with the view. */
    private transient Part file;

    @PostConstruct
    void load() {
        show(calendar.calendar(null));
    }

    private void show(CalendarView view) {
        List<DayRow> rows = new ArrayList<>();
        view.days().forEach(d -> rows.add(new DayRow(d)));
        days = rows;
        version = view.version();
        changedBy = view.changedBy();
        changedAt = view.changedAt();
        closedDays = view.closedDays();
        year = view.year();
        holidays = view.holidays();
        changes = calendar.changes(CHANGES_SHOWN);
    }

    public void saveWeek() {
        List<WorkingDay> week = days.stream().map(d -> new WorkingDay(d.day, ranges(d.hours))).toList();
        CalendarView saved = Messages.attempt(() -> calendar.changeWeek(new ChangeWeek(version, null, week)));
        if (saved != null) {
            Messages.info("calendar.weekSaved");
            show(saved);
        }
    }

    /** {@code 8:30 - 12:30, 14:00-18:00} -> {@code [8:30-12:30, 14:00-18:00]}: ranges apart by spaces or commas. */
    static List<String> ranges(String hours) {
        if (hours == null || hours.isBlank()) {
            return List.of();
        }
        return Arrays.stream(DASH.matcher(hours.strip()).replaceAll("-").split("[\\s,;]+"))
                .filter(r -> !r.isEmpty()).toList();
    }

    public void addClosedDays() {
        ClosedDaysView added = Messages.attempt(() -> calendar.addClosedDays(new AddClosedDays(first, last, name)));
        if (added != null) {
            Messages.info("calendar.closedDaysAdded", added.name());
            first = null;
            last = null;
            name = null;
            load();
        }
    }

    public void remove(ClosedDaysView closed) {
        if (Messages.attempt(() -> calendar.removeClosedDays(closed.id()))) {
            Messages.info("calendar.closedDaysRemoved", closed.name());
        }
        load();
    }

    public void importFile() {
        Part chosen = file;
        file = null;
        if (chosen == null || chosen.getSize() == 0) {
            Messages.error(Messages.format("calendar.chooseFile"));
            return;
        }
        ImportResult result = Messages.attempt(() -> calendar.importFile(read(chosen)));
        if (result != null) {
            Messages.info("calendar.imported", String.valueOf(result.added()), String.valueOf(result.duplicates()));
            load();
        }
    }

    /** At most one byte more than the service takes: it says the file is too large without it being read whole. */
    private static byte[] read(Part part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(CalendarService.MAX_IMPORT_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** After a stale edit: the calendar as it is now. */
    public void reload() {
        load();
    }

    public List<DayRow> getDays() {
        return days;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public List<ClosedDaysView> getClosedDays() {
        return closedDays;
    }

    public int getYear() {
        return year;
    }

    public List<HolidayView> getHolidays() {
        return holidays;
    }

    public List<CalendarChangeView> getChanges() {
        return changes;
    }

    public LocalDate getFirst() {
        return first;
    }

    public void setFirst(LocalDate first) {
        this.first = first;
    }

    public LocalDate getLast() {
        return last;
    }

    public void setLast(LocalDate last) {
        this.last = last;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

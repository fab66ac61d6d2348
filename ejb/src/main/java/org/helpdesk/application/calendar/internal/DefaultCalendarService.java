package org.helpdesk.application.calendar.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.calendar.CalendarService;
import org.helpdesk.application.internal.Caller;
import org.helpdesk.application.internal.CommandValidation;
import org.helpdesk.application.ticket.internal.ClockRefreshBatch;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.LostUpdateException;
import org.helpdesk.domain.shared.UnitOfWork;
import org.helpdesk.domain.staff.Role;
import org.helpdesk.domain.time.CalendarChange;
import org.helpdesk.domain.time.CalendarClosure;
import org.helpdesk.domain.time.CalendarSettings;
import org.helpdesk.domain.time.CalendarWeek;
import org.helpdesk.domain.time.ClosedDays;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.ItalianHolidays;
import org.helpdesk.domain.time.StoredCalendar;
import org.helpdesk.domain.time.TimeRange;
import org.helpdesk.domain.time.WorkingWeek;

@Stateless
@Interceptors(CommandValidation.class)
public class DefaultCalendarService implements CalendarService {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;
    static final int MAX_CHANGES = 500;

    /** The first and last day of closed days: two closed days are the same when these are. */
    private record Days(LocalDate first, LocalDate last) implements java.io.Serializable {
        Days(ClosedDays days) {
            this(days.first(), days.last());
        }
    }

    @Inject
    private StoredCalendar stored;

    @Inject
    private UnitOfWork unitOfWork;

    @Inject
    private Caller caller;

    @Inject
    private CalendarSettings settings;

    @EJB
    private WeekStaleEdits staleEdits;

    @EJB
    private ClockRefreshBatch clockRefresh;

    public DefaultCalendarService() {
        // for the container
    }

    /** For tests without a server. */
    DefaultCalendarService(StoredCalendar stored, CalendarSettings settings, UnitOfWork unitOfWork, Caller caller,
            WeekStaleEdits staleEdits, ClockRefreshBatch clockRefresh) {
        this.stored = stored;
        this.settings = settings;
        this.unitOfWork = unitOfWork;
        this.caller = caller;
        this.staleEdits = staleEdits;
        this.clockRefresh = clockRefresh;
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public CalendarView calendar(Integer year) {
        if (year == null) {
            return view(stored.week(), thisYear());
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidValueException("value.holidayYear", "The national holidays are listed for the years"
                    + " from {0} to {1}, not for {2}.", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR),
                    String.valueOf(year));
        }
        return view(stored.week(), year);
    }

    @Override
    @RolesAllowed({Role.Names.OPERATOR, Role.Names.PROGRAMMER, Role.Names.PROGRAMMING_MANAGER, Role.Names.AUDITOR,
            Role.Names.ADMIN})
    public DayView day(LocalDate date) {
        HelpDeskCalendar calendar = settings.current();
        boolean working = calendar.isWorkingDay(date);
        List<String> hours = working ? calendar.week().of(date.getDayOfWeek()).stream().map(TimeRange::toString)
                .toList() : List.of();
        return new DayView(date, working, hours, calendar.closedBecause(date).orElse(null));
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public CalendarView changeWeek(ChangeWeek command) {
        CalendarWeek row = stored.week();
        if (command.version() > row.getVersion()) {
            // Not a stale edit: nobody ever saw this version.
            throw new InvalidValueException("value.noSuchWeekVersion", "The working week has no version {0}: its"
                    + " current version is {1}. Reload it and try again.", String.valueOf(command.version()),
                    String.valueOf(row.getVersion()));
        }
        if (command.version() < row.getVersion()) {
            throw WeekStaleEdits.of(row);
        }
        WorkingWeek week = week(command);
        WorkingWeek before = row.week();
        if (!week.equals(before)) {
            String by = caller.username();
            Instant at = caller.now();
            row.change(week, by, at);
            stored.record(CalendarChange.week(before, week, by, at));
            try {
                unitOfWork.flush();
            } catch (LostUpdateException e) {
                throw staleEdits.lostRace();
            }
            clockRefresh.markOpenStale();
        }
        return view(row, thisYear());
    }

    /** The hours as text or day by day, whichever was sent. */
    static WorkingWeek week(ChangeWeek command) {
        boolean asText = command.week() != null && !command.week().isBlank();
        if (asText == (command.days() != null)) {
            throw new InvalidValueException("value.weekOrDays", "Send the working hours either as text (week) or day"
                    + " by day (days): one of the two.");
        }
        if (asText) {
            return WorkingWeek.parse(command.week());
        }
        Map<DayOfWeek, List<TimeRange>> days = new EnumMap<>(DayOfWeek.class);
        for (WorkingDay day : command.days()) {
            if (day == null || day.day() == null) {
                throw InvalidValueException.required("day");
            }
            if (days.containsKey(day.day())) {
                throw new InvalidValueException("value.dayTwice", "{0} is given twice.",
                        day.day().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
            List<TimeRange> ranges = new ArrayList<>();
            for (String range : day.ranges() == null ? List.<String>of() : day.ranges()) {
                ranges.add(TimeRange.parse(range));
            }
            days.put(day.day(), ranges);
        }
        return new WorkingWeek(days);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ClosedDaysView addClosedDays(AddClosedDays command) {
        ClosedDays days = new ClosedDays(command.first(), command.last() == null ? command.first() : command.last(),
                command.name());
        for (CalendarClosure closure : stored.closures()) {
            if (closure.sameDaysAs(days)) {
                throw new InvalidValueException("value.closedAlready", "The days from {0} to {1} are closed"
                        + " already: {2}.", days.first(), days.last(), closure.getName());
            }
        }
        CalendarClosure closure = new CalendarClosure(days, caller.username(), caller.now());
        stored.add(closure);
        stored.record(CalendarChange.added(days, false, closure.getAddedBy(), closure.getAddedAt()));
        calendarChanged();
        return view(closure);
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public void removeClosedDays(long id) {
        CalendarClosure closure = stored.closure(id).orElseThrow(() -> new NotFoundException("notFound.closedDays",
                "There are no closed days {0}: they were removed already, or never added.", String.valueOf(id)));
        stored.remove(closure);
        stored.record(CalendarChange.removed(closure.days(), caller.username(), caller.now()));
        calendarChanged();
    }

    @Override
    @RolesAllowed(Role.Names.ADMIN)
    public ImportResult importFile(byte[] file) {
        List<ICalendarFile.Event> events = ICalendarFile.read(file);
        Set<Days> closed = new HashSet<>();
        stored.closures().forEach(c -> closed.add(new Days(c.days())));
        String by = caller.username();
        Instant at = caller.now();
        List<CalendarClosure> added = new ArrayList<>();
        int duplicates = 0;
        for (ICalendarFile.Event event : events) {
            if (!closed.add(new Days(event.days()))) {
                duplicates++;
                continue;
            }
            CalendarClosure closure = new CalendarClosure(event.days(), by, at);
            stored.add(closure);
            stored.record(CalendarChange.added(event.days(), true, by, at));
            added.add(closure);
        }
        if (!added.isEmpty()) {
            calendarChanged();
        }
        return new ImportResult(added.size(), duplicates, added.stream()
                .sorted(Comparator.comparing(CalendarClosure::getFirstDay).thenComparing(CalendarClosure::getLastDay))
                .map(DefaultCalendarService::view).toList());
    }

    @Override
    @RolesAllowed({Role.Names.ADMIN, Role.Names.AUDITOR})
    public List<CalendarChangeView> changes(int limit) {
        return stored.changes(Math.max(1, Math.min(limit, MAX_CHANGES))).stream()
                .map(c -> new CalendarChangeView(c.getId(), c.getAt(), c.getBy(), c.getKind(), c.getOldValue(),
                        c.getNewValue()))
                .toList();
    }

    /**
     * The closed days changed: every server builds the calendar again, and the open tickets' clocks are replayed with
     * it in the background (both committed with the change, or neither).
     */
    private void calendarChanged() {
        stored.closedDaysChanged();
        clockRefresh.markOpenStale();
    }

    private int thisYear() {
        return HelpDeskCalendar.yearOf(caller.now());
    }

    private CalendarView view(CalendarWeek row, int year) {
        WorkingWeek week = row.week();
        List<WorkingDay> days = Arrays.stream(DayOfWeek.values())
                .map(d -> new WorkingDay(d, week.of(d).stream().map(TimeRange::toString).toList())).toList();
        List<HolidayView> holidays = ItalianHolidays.of(year).entrySet().stream()
                .map(h -> new HolidayView(h.getKey(), h.getValue(), HolidayNames.english(h.getValue()))).toList();
        return new CalendarView(week.toString(), row.getVersion(), row.getChangedBy(), row.getChangedAt(), days,
                stored.closures().stream().map(DefaultCalendarService::view).toList(), year, holidays);
    }

    private static ClosedDaysView view(CalendarClosure c) {
        return new ClosedDaysView(c.getId() == null ? 0 : c.getId(), c.getFirstDay(), c.getLastDay(), c.getName(),
                c.getAddedBy(), c.getAddedAt());
    }
}

package org.helpdesk.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.helpdesk.domain.time.CalendarSettings;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.domain.time.WorkingWeek;

/** {@link CalendarSettings}: the default working week and no closed days until they are stored. */
@ApplicationScoped
public class JpaCalendarSettings implements CalendarSettings {

    private static final HelpDeskCalendar DEFAULT = new HelpDeskCalendar(WorkingWeek.DEFAULT, List.of());

    @Override
    public HelpDeskCalendar current() {
        return DEFAULT;
    }
}

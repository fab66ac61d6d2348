package org.helpdesk.domain.time;

import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of the help desk's time zone ({@link HelpDeskCalendar#ZONE}): the day its operators call "today".
 * It is also the clock of Bean Validation ({@code META-INF/validation.xml}), so that a work date of today in the help
 * desk is never refused as "in the future" in the first hours after its midnight, when it is still yesterday in UTC.
 */
public class HelpDeskDay implements ClockProvider {

    public static final ZoneId ZONE = HelpDeskCalendar.ZONE;

    @Override
    public Clock getClock() {
        return Clock.system(ZONE);
    }
}

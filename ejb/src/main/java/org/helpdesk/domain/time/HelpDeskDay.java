package org.helpdesk.domain.time;

import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The help desk's time zone ({@code -Dhelpdesk.timezone}, default Europe/Rome): the day its operators call "today".
 * It is also the clock of Bean Validation ({@code META-INF/validation.xml}), so that a work date of today in the help
 * desk is never refused as "in the future" in the first hours after its midnight, when it is still yesterday in UTC.
 */
public class HelpDeskDay implements ClockProvider {

    public static final ZoneId ZONE = ZoneId.of(System.getProperty("helpdesk.timezone", "Europe/Rome"));

    @Override
    public Clock getClock() {
        return Clock.system(ZONE);
    }
}

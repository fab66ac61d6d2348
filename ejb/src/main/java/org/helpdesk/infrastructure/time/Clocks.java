package org.helpdesk.infrastructure.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * Produces the system clock in UTC for injection ({@code @Inject Clock clock}): a source of instants. A day or a month
 * is never read from its zone ({@code LocalDate.now(clock)}): it comes from the instant with
 * {@link org.helpdesk.domain.time.HelpDeskCalendar}.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

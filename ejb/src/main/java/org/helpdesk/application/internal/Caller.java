package org.helpdesk.application.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Who is acting, and when: the signed-in user's name and the current instant, cut to microseconds, which is what
 * both databases store (so that a value read back compares equal to the one written).
 */
@Dependent
public class Caller {

    @Inject
    private Principal principal;

    @Inject
    private Clock clock;

    public String username() {
        return principal.getName();
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}

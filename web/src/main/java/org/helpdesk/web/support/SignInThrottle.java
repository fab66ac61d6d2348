package org.helpdesk.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.helpdesk.web.security.DatabaseProbe;
import org.helpdesk.web.security.SignInAttempts;
import org.helpdesk.web.security.SignInGuard;

/**
 * Password sign-in for the screens and {@code POST /api/session}, counted with every other way in (HTTP Basic too) in
 * the application's one {@link SignInAttempts}: its policy (per user name and address, per address, no account-wide
 * lock) is described there.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    private ServletContext context;

    /** @return how long until {@code username} may try again from {@code address}; zero if now */
    public Duration waitBefore(String username, String address) {
        return attempts().waitBefore(username, address);
    }

    /** How a password sign-in ended. */
    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        THROTTLED,
        /** The database could not be reached to check the password: not counted as a failure. */
        UNAVAILABLE
    }

    /**
     * Signs {@code request} in through the server's security domain, unless the throttle says to wait; a wrong user
     * name and a wrong password are the same {@link Outcome#REFUSED}.
     *
     * @param path how the user signs in, for the log ("sign-in screen", "POST /api/session")
     * @return the outcome; for {@link Outcome#THROTTLED}, {@link #waitBefore} says how long to wait
     */
    public Outcome signIn(HttpServletRequest request, String username, String password, String path) {
        String address = request.getRemoteAddr();
        SignInAttempts attempts = attempts();
        if (attempts.stopped(username, address)) {
            return Outcome.THROTTLED;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(username, password);
        } catch (ServletException e) {
            if (!database().reachable()) {
                return Outcome.UNAVAILABLE;
            }
            attempts.failed(username, address, path);
            return Outcome.REFUSED;
        }
        attempts.succeeded(username, address);
        return Outcome.SIGNED_IN;
    }

    /** Whole minutes to wait, at least one, for a message. */
    public static long minutes(Duration wait) {
        return SignInAttempts.minutes(wait);
    }

    private SignInAttempts attempts() {
        return (SignInAttempts) context.getAttribute(SignInGuard.ATTEMPTS);
    }

    private DatabaseProbe database() {
        return (DatabaseProbe) context.getAttribute(SignInGuard.DATABASE);
    }
}

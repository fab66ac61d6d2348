package org.helpdesk.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failed sign-ins for one user name, or from one
 * address, within {@link #WINDOW}, further attempts are refused until the oldest failure leaves the window. Every
 * failure is logged with the user name and address (never the password).
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** @return how long until {@code username} may try again from {@code address}; zero if now */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        return max(wait(key("user", username), now), wait(key("address", address), now));
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        int forUser = record(key("user", username), now);
        record(key("address", address), now);
        LOG.warning(() -> "Failed sign-in for user '" + username + "' from " + address + " (" + forUser
                + " in the last " + WINDOW.toMinutes() + " min)");
    }

    public void succeeded(String username) {
        failures.remove(key("user", username));
    }

    /** How a password sign-in ended. */
    public enum Outcome {
        SIGNED_IN,
        REFUSED,
        THROTTLED
    }

    /**
     * Signs {@code request} in through the server's security domain, unless the throttle says to wait; a wrong user
     * name and a wrong password are the same {@link Outcome#REFUSED}. The screens and {@code POST /api/session} both
     * sign in here.
     *
     * @return the outcome; for {@link Outcome#THROTTLED}, {@link #waitBefore} says how long to wait
     */
    public Outcome signIn(HttpServletRequest request, String username, String password) {
        String address = request.getRemoteAddr();
        Duration wait = waitBefore(username, address);
        if (!wait.isZero() && !wait.isNegative()) {
            return Outcome.THROTTLED;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(username, password);
        } catch (ServletException e) {
            failed(username, address);
            return Outcome.REFUSED;
        }
        succeeded(username);
        return Outcome.SIGNED_IN;
    }

    /** Whole minutes to wait, at least one, for a message. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }

    private Duration wait(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(WINDOW));
        }
    }

    private int record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value.toLowerCase(Locale.ROOT));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

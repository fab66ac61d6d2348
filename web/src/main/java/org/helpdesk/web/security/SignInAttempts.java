package org.helpdesk.web.security;

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
 * The failed sign-ins of this server, counted for every way in (HTTP Basic, the sign-in screen, {@code POST
 * /api/session}), and the policy that follows from them:
 * <ul>
 * <li>{@value #MAX_PER_USER_AND_ADDRESS} failures for one user name from one address within {@link #WINDOW} stop
 * that user name from that address, on every path, until the oldest failure leaves the window;</li>
 * <li>{@value #MAX_PER_ADDRESS} failures from one address, whatever the user names, stop every sign-in from that
 * address the same way (trying many names from one place);</li>
 * <li>nothing locks an account everywhere: a flood from one address never stops the same user signing in from
 * another.</li>
 * </ul>
 * A success clears that user's failures from that address. Counts live in this server's memory: a restart forgets
 * them. Every failure is logged with the user name and address (never the password).
 */
public final class SignInAttempts {

    /** Failures of one user name from one address before that pair is stopped. */
    public static final int MAX_PER_USER_AND_ADDRESS = 5;
    /** Failures from one address, any user names, before that address is stopped. */
    public static final int MAX_PER_ADDRESS = 20;
    /** How long a failure counts. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many tracked keys the oldest entries are dropped, so a flood of names cannot fill the memory. */
    static final int MAX_KEYS = 100_000;

    private static final Logger LOG = Logger.getLogger(SignInAttempts.class.getName());

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    public SignInAttempts() {
        this(Clock.systemUTC());
    }

    /** @return how long until {@code username} may try again from {@code address}; zero if now */
    public Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration pair = wait(pairKey(username, address), MAX_PER_USER_AND_ADDRESS, now);
        Duration place = wait(addressKey(address), MAX_PER_ADDRESS, now);
        return pair.compareTo(place) >= 0 ? pair : place;
    }

    /** @return whether {@code username} must wait before trying again from {@code address} */
    public boolean stopped(String username, String address) {
        Duration wait = waitBefore(username, address);
        return !wait.isZero() && !wait.isNegative();
    }

    public void failed(String username, String address, String path) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            failures.clear();
            LOG.warning("More than " + MAX_KEYS + " user names and addresses with failed sign-ins: counts reset");
        }
        int forPair = record(pairKey(username, address), now);
        int forAddress = record(addressKey(address), now);
        LOG.warning(() -> "Failed sign-in (" + path + ") for user '" + printable(username) + "' from " + address
                + " (" + forPair + " for this user and " + forAddress + " from this address in the last "
                + WINDOW.toMinutes() + " min)");
    }

    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    /** Whole minutes to wait, at least one, for a message. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.getSeconds() + 59) / 60);
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.toArray(Instant[]::new)[times.size() - max].plus(WINDOW));
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

    private static String pairKey(String username, String address) {
        return "user:" + normalise(username) + "@" + normalise(address);
    }

    private static String addressKey(String address) {
        return "address:" + normalise(address);
    }

    private static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** A user name as typed, safe for one log line: no control characters, at most 100 characters. */
    private static String printable(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return name.length() > 100 ? name.substring(0, 100) + "…" : name;
    }
}

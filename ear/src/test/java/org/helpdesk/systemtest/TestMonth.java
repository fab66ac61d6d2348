package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * The month a report test works in, read once. The server files what happens now under the current month in the help
 * desk's time zone, {@link #ZONE} (tickets opened, questionnaires sent, the month a run reports on); a test that
 * creates data now and then asks for
 * "this month" would see two months if the month turned in between. So a test reads the month once, here, and uses
 * that value for its data and its assertions alike; within the last minutes of a month (less than {@link #MARGIN}
 * left) this waits for the next month to begin, so that the month read cannot end while the test runs.
 */
final class TestMonth {

    /**
     * The help desk's time zone on the server under test: Europe/Rome, the default, as ear/pom.xml starts it without
     * {@code -Dhelpdesk.timezone}.
     */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /** Longer than any report test takes from reading the month to its last request. */
    static final Duration MARGIN = Duration.ofMinutes(10);

    private TestMonth() {
    }

    /** The help desk's current month, which lasts at least {@link #MARGIN} more. */
    static YearMonth current() {
        return settled(now -> YearMonth.from(now.atZone(ZONE)));
    }

    /**
     * The value of {@code atTime} now, once it stays the same for at least {@link #MARGIN} (waiting, when it is about to
     * change, until it has); for anything that follows from the time, such as the month a schedule has due.
     */
    static <T> T settled(Function<Instant, T> atTime) {
        return await("a value that holds for " + MARGIN).atMost(MARGIN.plusMinutes(1)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(5)).until(() -> {
                    Instant now = Instant.now();
                    T value = atTime.apply(now);
                    return Objects.equals(value, atTime.apply(now.plus(MARGIN))) ? value : null;
                }, Objects::nonNull);
    }
}

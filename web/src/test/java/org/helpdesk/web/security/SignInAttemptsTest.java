package org.helpdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T09:00:00Z"));
    private final SignInAttempts attempts = new SignInAttempts(clock);

    @Test
    void fiveFailuresStopThatUserAtThatAddressOnly() {
        failures("giulia", "10.0.0.1", 4);
        assertFalse(attempts.stopped("giulia", "10.0.0.1"));

        failures("giulia", "10.0.0.1", 1);

        assertTrue(attempts.stopped("giulia", "10.0.0.1"));
        assertTrue(attempts.stopped("GIULIA", "10.0.0.1"), "user names are compared without case");
        assertFalse(attempts.stopped("giulia", "10.0.0.2"), "the same user elsewhere");
        assertFalse(attempts.stopped("marco", "10.0.0.1"), "another user at the same address");
    }

    @Test
    void twentyFailuresWithAnyNamesStopTheAddress() {
        for (int i = 0; i < 19; i++) {
            attempts.failed("name" + i, "10.0.0.3", "test");
        }
        assertFalse(attempts.stopped("anyone", "10.0.0.3"));

        attempts.failed("name19", "10.0.0.3", "test");

        assertTrue(attempts.stopped("anyone", "10.0.0.3"));
        assertFalse(attempts.stopped("anyone", "10.0.0.4"));
    }

    @Test
    void theStopEndsWhenTheOldestCountedFailureIsFifteenMinutesOld() {
        failures("giulia", "10.0.0.1", 5);
        assertEquals(Duration.ofMinutes(15), attempts.waitBefore("giulia", "10.0.0.1"));

        clock.move(Duration.ofMinutes(14));
        assertEquals(Duration.ofMinutes(1), attempts.waitBefore("giulia", "10.0.0.1"));
        assertEquals(1, SignInAttempts.minutes(attempts.waitBefore("giulia", "10.0.0.1")));

        clock.move(Duration.ofMinutes(1));
        assertFalse(attempts.stopped("giulia", "10.0.0.1"));
    }

    @Test
    void withMoreFailuresThanTheLimitTheWaitIsUntilEnoughHaveExpired() {
        for (int minute = 0; minute < 6; minute++) {
            attempts.failed("giulia", "10.0.0.1", "test");
            clock.move(Duration.ofMinutes(1));
        }

        assertEquals(Duration.ofMinutes(10), attempts.waitBefore("giulia", "10.0.0.1"),
                "six failures at minutes 0 to 5: at minute 6 it waits until the second one is 15 minutes old");
    }

    @Test
    void aSuccessClearsThatUsersFailuresAtThatAddress() {
        failures("giulia", "10.0.0.1", 4);

        attempts.succeeded("giulia", "10.0.0.1");
        failures("giulia", "10.0.0.1", 4);

        assertFalse(attempts.stopped("giulia", "10.0.0.1"));
    }

    private void failures(String user, String address, int count) {
        for (int i = 0; i < count; i++) {
            attempts.failed(user, address, "test");
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}

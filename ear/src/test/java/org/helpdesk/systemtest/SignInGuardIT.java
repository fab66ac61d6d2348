package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing, as an attacker would try it and as a user would meet it: one throttle for every way in (HTTP
 * Basic, the sign-in screen, {@code POST /api/session}), counted per user name and address and per address, no
 * account locked everywhere by a flood from one place, no user name told apart by the time of the answer. Each test
 * signs in from its own loopback addresses and with its own staff user, so it leaves the others' counts alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInGuardIT {

    private static final AtomicLong USERS = new AtomicLong(System.nanoTime() % 1_000_000);
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void aUserStoppedAtOneAddressIsStoppedThereOnEveryWayIn() throws SQLException {
        String user = newOperator();
        LoopbackHttp place = LoopbackHttp.from("127.0.10.1");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, LoopbackHttp.from("127.0.10.1").basic(user, "wrong-" + i).get("api/me").status());
        }

        LoopbackHttp.Answer basic = place.basic(user, Scenario.PASSWORD).get("api/me");
        assertEquals(429, basic.status(), basic.body());
        assertNotNull(basic.header("Retry-After"));
        assertTrue(basic.body().contains("locked for 15 minutes"), basic.body());

        LoopbackHttp.Answer session = LoopbackHttp.from("127.0.10.1").postJson("api/session",
                "{\"username\":\"" + user + "\",\"password\":\"demo\"}");
        assertEquals(429, session.status(), session.body());

        String screen = signInOnTheScreen("127.0.10.1", user, Scenario.PASSWORD).body();
        assertTrue(screen.contains("Too many failed sign-ins for this user from your address"), screen);
    }

    @Test
    void failuresCountedOnTheScreenStopHttpBasicToo() throws SQLException {
        String user = newOperator();
        for (int i = 0; i < 5; i++) {
            String page = signInOnTheScreen("127.0.11.1", user, "wrong-" + i).body();
            assertTrue(page.contains("User name or password not recognised."), page);
        }

        assertEquals(429, LoopbackHttp.from("127.0.11.1").basic(user, Scenario.PASSWORD).get("api/me").status());
        assertEquals(200, LoopbackHttp.from("127.0.11.2").basic(user, Scenario.PASSWORD).get("api/me").status(),
                "another address is not stopped");
    }

    @Test
    void manyUserNamesTriedFromOneAddressStopThatAddress() throws SQLException {
        String user = newOperator();
        for (int i = 0; i < 20; i++) {
            assertEquals(401, LoopbackHttp.from("127.0.12.1").basic("nobody-" + i, "guess").get("api/me").status());
        }

        assertEquals(429, LoopbackHttp.from("127.0.12.1").basic(user, Scenario.PASSWORD).get("api/me").status(),
                "every user name is stopped at that address");
        assertEquals(200, LoopbackHttp.from("127.0.12.2").basic(user, Scenario.PASSWORD).get("api/me").status());
    }

    @Test
    void aFloodFromOneAddressLocksNobodyOutElsewhere() throws SQLException {
        String user = newOperator();
        for (int i = 0; i < 15; i++) {
            LoopbackHttp attacker = LoopbackHttp.from("127.0.13." + (1 + i % 3));
            if (i % 2 == 0) {
                attacker.basic(user, "guess-" + i).get("api/me");
            } else {
                attacker.postJson("api/session", "{\"username\":\"" + user + "\",\"password\":\"guess-" + i + "\"}");
            }
        }

        LoopbackHttp.Answer basic = LoopbackHttp.from("127.0.13.9").basic(user, Scenario.PASSWORD).get("api/me");
        assertEquals(200, basic.status(), basic.body());
        LoopbackHttp.Answer session = LoopbackHttp.from("127.0.13.9").postJson("api/session",
                "{\"username\":\"" + user + "\",\"password\":\"demo\"}");
        assertEquals(204, session.status(), session.body());
    }

    @Test
    void theContainersOwnFormSignInIsClosed() throws SQLException {
        String user = newOperator();
        LoopbackHttp.Answer answer = LoopbackHttp.from("127.0.14.1").postForm("j_security_check",
                Map.of("j_username", user, "j_password", Scenario.PASSWORD));

        assertEquals(404, answer.status());
        assertEquals(null, answer.cookie("JSESSIONID"), "no session was opened");
    }

    /**
     * Medians of 50 attempts each, interleaved, every attempt from its own address. The machine's other work moves
     * such figures: a path passes when one of up to three rounds is within 15%; an unknown user answered without the
     * password check (about 5 ms against 100) fails all three.
     */
    @Test
    void anUnknownUserIsAnsweredAsSlowlyAsAWrongPassword() {
        List<String> rounds = new ArrayList<>();
        boolean basic = false;
        for (int round = 0; round < 3 && !basic; round++) {
            int subnet = 30 + round * 2;
            basic = sameTime("HTTP Basic", rounds, i -> LoopbackHttp.from("127.0." + subnet + "." + (i + 1))
                    .basic("nobody-" + i, "guess").get("api/me").nanos(),
                    i -> LoopbackHttp.from("127.0." + (subnet + 1) + "." + (i + 1))
                            .basic("operator", "guess-" + i).get("api/me").nanos());
        }
        boolean session = false;
        for (int round = 0; round < 3 && !session; round++) {
            int subnet = 40 + round * 2;
            session = sameTime("POST /api/session", rounds, i -> LoopbackHttp.from("127.0." + subnet + "." + (i + 1))
                    .postJson("api/session", "{\"username\":\"nobody-" + i + "\",\"password\":\"guess\"}")
                    .nanos(),
                    i -> LoopbackHttp.from("127.0." + (subnet + 1) + "." + (i + 1)).postJson("api/session",
                            "{\"username\":\"operator\",\"password\":\"guess-" + i + "\"}").nanos());
        }
        assertTrue(basic && session, String.join("\n", rounds));
    }

    /** One round: 5 attempts of each to warm up, then 50 of each, interleaved; @return whether within 15% */
    private static boolean sameTime(String path, List<String> rounds, IntToLongFunction unknownUser,
            IntToLongFunction wrongPassword) {
        List<Long> unknown = new ArrayList<>();
        List<Long> known = new ArrayList<>();
        for (int i = 0; i < 55; i++) {
            long unknownNanos = unknownUser.applyAsLong(i);
            long knownNanos = wrongPassword.applyAsLong(i);
            if (i >= 5) {
                unknown.add(unknownNanos);
                known.add(knownNanos);
            }
        }
        double unknownMedian = median(unknown) / 1e6;
        double knownMedian = median(known) / 1e6;
        double difference = Math.abs(unknownMedian - knownMedian) / Math.max(unknownMedian, knownMedian);
        String figures = String.format("%s: median answer to an unknown user %.1f ms, to a wrong password %.1f ms"
                + " (%.1f%%)", path, unknownMedian, knownMedian, difference * 100);
        System.out.println(figures);
        rounds.add(figures);
        return difference < 0.15;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** Fills in and sends the sign-in screen's form from {@code source}, as the browser would; the answer's page. */
    private static LoopbackHttp.Answer signInOnTheScreen(String source, String user, String password) {
        LoopbackHttp.Answer page = LoopbackHttp.from(source).get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>(LoopbackHttp.hiddenFields(page.body()));
        form.put("signin:username", user);
        form.put("signin:password", password);
        form.put("signin:submit", "");
        Matcher nonce = NONCE.matcher(page.body());
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return LoopbackHttp.from(source).header("Cookie", "JSESSIONID=" + page.cookie("JSESSIONID"))
                .postForm("login.xhtml", form);
    }

    /** A new active operator of this test alone, with the demo password. */
    private static String newOperator() throws SQLException {
        long n = USERS.incrementAndGet();
        String username = "guard" + n;
        long id = 8_000_000_000L + n;
        TestDatabase.update("INSERT INTO staff_user (id, version, username, display_name, language, password_hash,"
                + " active) SELECT ?, 0, ?, ?, 'en', password_hash, TRUE FROM staff_user WHERE username = 'luca'",
                id, username, "Guard test " + n);
        TestDatabase.update("INSERT INTO staff_user_role (user_id, role_name) VALUES (?, 'OPERATOR')", id);
        return username;
    }
}

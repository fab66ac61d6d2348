package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an attacker's page, a forged form, hostile text or a port scan meets: the security headers on every answer,
 * no change accepted from another site, an unknown view state answered as an expired page, refusals that leave no
 * stack trace in the log, control characters refused by name, and no port open beyond the loopback address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebHardeningIT {

    private static final String LOCAL = "127.0.20.1";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        Map<String, LoopbackHttp.Answer> answers = Map.of(
                "the sign-in screen", LoopbackHttp.from(LOCAL).get("login.xhtml"),
                "a screen's script", LoopbackHttp.from(LOCAL).get(
                        "jakarta.faces.resource/core.js.xhtml?ln=primefaces"),
                "a REST answer", LoopbackHttp.from(LOCAL).basic("operator", Scenario.PASSWORD).get("api/me"),
                "the REST API's 401", LoopbackHttp.from(LOCAL).get("api/me"),
                "a refused screen (403)", LoopbackHttp.from(LOCAL).basic("operator", Scenario.PASSWORD)
                        .get("app/admin/users.xhtml"),
                "a page that does not exist", LoopbackHttp.from(LOCAL).get("no-such-page.html"),
                "the health check", LoopbackHttp.from(LOCAL).get("api/health"));
        answers.forEach((what, answer) -> {
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), what);
            assertEquals("no-referrer", answer.header("Referrer-Policy"), what);
            assertEquals("DENY", answer.header("X-Frame-Options"), what);
            assertEquals(1, answer.all("Content-Security-Policy").size(), what + ": one policy");
            String policy = answer.header("Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'"), what + ": " + policy);
            assertTrue(policy.contains("object-src 'none'"), what + ": " + policy);
            assertFalse(policy.contains("'unsafe-eval'"), what + ": " + policy);
            assertNull(answer.header("Strict-Transport-Security"), what + ": not over plain HTTP");
        });
        String screenPolicy = answers.get("the sign-in screen").header("Content-Security-Policy");
        Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(screenPolicy);
        assertTrue(scripts.find(), screenPolicy);
        assertTrue(scripts.group(1).matches("'self' 'nonce-[A-Za-z0-9+/=]+'"), "scripts of the screens: "
                + scripts.group(1));
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndBrowsersAreToldToStayOnHttps() throws Exception {
        HttpResponse<String> page = trustingClient().send(HttpRequest.newBuilder(URI.create("https://localhost:"
                + (8443 + TestPorts.HTTP - 8080) + "/helpdesk/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="),
                page.headers().map().toString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("; secure"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
    }

    @Test
    void theSessionCookieIsNeverSentWithAnotherSitesRequests() {
        LoopbackHttp.Answer signedIn = LoopbackHttp.from(LOCAL).postJson("api/session",
                "{\"username\":\"admin\",\"password\":\"demo\"}");

        assertEquals(204, signedIn.status(), signedIn.body());
        String cookie = signedIn.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "not over plain HTTP: " + cookie);
    }

    @Test
    void anotherSitesFormOrScriptChangesNothing() {
        String session = "JSESSIONID=" + LoopbackHttp.from(LOCAL).postJson("api/session",
                "{\"username\":\"admin\",\"password\":\"demo\"}").cookie("JSESSIONID");
        for (String path : List.of("api/outbox/retry", "api/surveys/reminders")) {
            LoopbackHttp.Answer form = LoopbackHttp.from(LOCAL).header("Cookie", session)
                    .postForm(path, Map.of("anything", "1"));
            assertEquals(415, form.status(), path + ": " + form.body());
            assertTrue(form.body().contains("as JSON"), form.body());

            LoopbackHttp.Answer plain = LoopbackHttp.from(LOCAL).header("Cookie", session)
                    .send("POST", path, "text/plain", "{}");
            assertEquals(415, plain.status(), path + ": " + plain.body());

            LoopbackHttp.Answer script = LoopbackHttp.from(LOCAL).header("Cookie", session)
                    .header("Origin", "https://attacker.example").postJson(path, "{}");
            assertEquals(403, script.status(), path + ": " + script.body());
            assertTrue(script.body().contains("own pages only"), script.body());
        }
        LoopbackHttp.Answer ownPage = LoopbackHttp.from(LOCAL).header("Cookie", session)
                .header("Origin", "http://localhost:" + TestPorts.HTTP).postJson("api/surveys/reminders", "{}");
        assertEquals(200, ownPage.status(), ownPage.body());
    }

    @Test
    void aFormWithAViewStateTheServerDoesNotKnowGetsTheExpiredPageAndOneWarning() {
        for (String viewState : List.of("made-up", "-4061434393357913417:-3925858418880722374", "")) {
            ServerLog log = ServerLog.mark();
            LoopbackHttp.Answer answer = LoopbackHttp.from(LOCAL).postForm("login.xhtml", Map.of("signin", "signin",
                    "signin:username", "operator", "signin:password", "demo", "signin:submit", "",
                    "jakarta.faces.ViewState", viewState));

            assertEquals(400, answer.status(), viewState + ": " + answer.body());
            assertTrue(answer.body().contains("Your session expired: please sign in again."), answer.body());
            assertTrue(answer.body().contains("href=\"/helpdesk/login.xhtml\""), answer.body());
            assertEquals(List.of(), log.errorsAndStackTraces(), viewState);
            assertEquals(1, log.lines().stream().filter(l -> l.contains("WARN") && l.contains("view state")).count(),
                    viewState + ": " + log.lines());
        }
    }

    /** The nonce is checked when the page is drawn again: here, to show that the password is missing. */
    @Test
    void aFormWithoutItsPagesScriptNonceGetsTheExpiredPage() {
        LoopbackHttp.Answer page = LoopbackHttp.from(LOCAL).get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>(LoopbackHttp.hiddenFields(page.body()));
        form.put("signin:username", "operator");
        form.put("signin:password", "");
        form.put("signin:submit", "");
        ServerLog log = ServerLog.mark();

        LoopbackHttp.Answer answer = LoopbackHttp.from(LOCAL).header("Cookie", "JSESSIONID="
                + page.cookie("JSESSIONID")).postForm("login.xhtml", form);

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("Your session expired: please sign in again."), answer.body());
        assertEquals(List.of(), log.errorsAndStackTraces());
    }

    @Test
    void anAjaxRequestWithAnUnknownViewStateIsSentToSignIn() {
        LoopbackHttp.Answer answer = LoopbackHttp.from(LOCAL).header("Faces-Request", "partial/ajax")
                .postForm("login.xhtml", Map.of("jakarta.faces.partial.ajax", "true", "signin", "signin",
                        "jakarta.faces.ViewState", "-1:-2"));

        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("<redirect url=\"/helpdesk/login.xhtml?expired=true\""), answer.body());
    }

    @Test
    void aRefusedRoleLeavesNoStackTraceInTheLog() {
        ServerLog log = ServerLog.mark();

        LoopbackHttp.Answer rest = LoopbackHttp.from(LOCAL).basic("operator", Scenario.PASSWORD)
                .postJson("api/outbox/retry", "{}");
        LoopbackHttp.Answer screen = LoopbackHttp.from(LOCAL).basic("operator", Scenario.PASSWORD)
                .get("app/admin/users.xhtml");

        assertEquals(403, rest.status(), rest.body());
        assertTrue(rest.body().contains("Your role does not allow this action."), rest.body());
        assertEquals(403, screen.status());
        assertEquals(List.of(), log.errorsAndStackTraces());
    }

    @Test
    void controlCharactersAreRefusedByFieldAndNothingIsSaved() throws SQLException {
        String customer = "NUL" + (System.nanoTime() % 100_000);
        long contact = Scenario.customerWithContact(customer, "en", "nul@example.com");
        JsonObject ticket = Scenario.open(customer, contact, "SOFTWARE_BUG", "LOW", "Ticket for NUL");
        String number = ticket.getString("number");

        HttpResponse<String> comment = Api.post("service-tickets/" + number + "/comments",
                "{\"visibility\":\"CUSTOMER\",\"text\":\"before\\u0000after\"}", "operator", Scenario.PASSWORD);
        assertEquals(422, comment.statusCode(), comment.body());
        assertTrue(Api.json(comment).getString("detail").startsWith("text: must not contain control characters"),
                comment.body());
        assertEquals(List.of("0"), TestDatabase.column("SELECT COUNT(*) FROM ticket_comment c JOIN service_ticket t"
                + " ON t.id = c.service_ticket_id WHERE t.number = ?", number));

        int before = tickets(customer);
        HttpResponse<String> open = Api.post("service-tickets", "{\"customer\":\"" + customer
                + "\",\"contactId\":" + contact + ",\"channel\":\"PHONE\",\"kind\":\"SOFTWARE_BUG\",\"severity\":"
                + "\"LOW\",\"subject\":\"bell\\u0007\",\"description\":\"fine\\ttabs\\nand lines\"}", "operator",
                Scenario.PASSWORD);
        assertEquals(422, open.statusCode(), open.body());
        assertEquals("subject: must not contain control characters (such as NUL)",
                Api.json(open).getString("detail"));
        assertEquals(before, tickets(customer), "no ticket was opened");
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws IOException {
        long pid = serverProcess();
        Set<String> sockets = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        sockets.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException gone) {
                    // A descriptor closed while listing: not a listening socket.
                }
            });
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : Files.readAllLines(Path.of(table)).subList(1, Files.readAllLines(Path.of(table))
                    .size())) {
                String[] fields = line.strip().split("\\s+");
                if (fields[3].equals("0A") && sockets.contains(fields[9])) {
                    listening.add(fields[1]);
                }
            }
        }

        assertFalse(listening.isEmpty(), "the server's own HTTP port at least");
        for (String address : listening) {
            assertTrue(isLoopback(address), "a port open beyond the loopback address: " + decode(address));
        }
    }

    private static long serverProcess() {
        String home = Path.of(System.getProperty("jboss.home")).toAbsolutePath().normalize().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-Djboss.home.dir=" + home)).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new AssertionError("no server process with jboss.home.dir " + home));
    }

    /** A /proc/net/tcp(6) local address: hex IPv4 in host byte order, or hex IPv6 in 4-byte words, then the port. */
    private static boolean isLoopback(String address) {
        String ip = address.split(":")[0];
        if (ip.length() == 8) {
            return ip.endsWith("7F");
        }
        return ip.equals("00000000000000000000000001000000") || ip.startsWith("0000000000000000FFFF0000")
                && ip.endsWith("7F");
    }

    private static String decode(String address) {
        String[] parts = address.split(":");
        return parts[0] + " port " + new BigInteger(parts[1], 16);
    }

    /** The customer's tickets: those of other customers are other tests' business. */
    private static int tickets(String customer) throws SQLException {
        return Integer.parseInt(TestDatabase.column("SELECT COUNT(*) FROM service_ticket t JOIN customer c"
                + " ON c.id = t.customer_id WHERE c.code = ?", customer).get(0));
    }

    private static HttpClient trustingClient() throws GeneralSecurityException {
        TrustManager[] trustAll = {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trustAll, null);
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        return HttpClient.newBuilder().sslContext(tls).sslParameters(parameters)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}

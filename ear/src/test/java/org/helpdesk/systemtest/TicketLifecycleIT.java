package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two processes end to end over the REST API, checked in the database and in the mailbox. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketLifecycleIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(TestPorts.smtp());

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void firstLevelFromThePhoneCallToTheAgreedClosure() throws Exception {
        long contact = Scenario.customerWithContact("FIRSTLEVEL", "it", "anna@firstlevel.example");
        JsonObject t = Scenario.open("FIRSTLEVEL", contact, "HARDWARE", "AVERAGE", "Stampante non in linea");
        String number = t.getString("number");
        assertTrue(number.matches("HD-\\d{4}-\\d{6}"), number);
        assertEquals("NEW", t.getString("state"));

        t = Scenario.service(t, "take-charge", body());
        assertEquals("TAKEN_IN_CHARGE", t.getString("state"));
        assertEquals("operator", t.getString("assignedOperator"));
        Scenario.ok(Api.post("service-tickets/" + number + "/comments", body().add("visibility", "CUSTOMER")
                .add("text", "Abbiamo preso in carico la richiesta.").build().toString(), "operator", "demo"), 201);
        Scenario.ok(Api.post("service-tickets/" + number + "/time-entries", body().add("workDate",
                LocalDate.now().toString()).add("minutes", 25).add("activity", "Remote check").build().toString(),
                "operator", "demo"), 201);
        t = Scenario.get("service-tickets/" + number);
        t = Scenario.service(t, "resolution", body());
        assertEquals("AWAITING_VERIFICATION", t.getString("state"));
        t = Scenario.service(t, "verification", body().add("works", true).add("note", "Stampa di prova ok"));
        assertEquals("VERIFIED", t.getString("state"));
        t = Scenario.service(t, "closure", body().add("agreedWith", "Anna").add("how", "PHONE")
                .add("minutesSpent", 10));

        assertEquals("CLOSED", t.getString("state"));
        assertEquals(35, t.getJsonObject("hours").getInt("helpDeskMinutes"));
        List<String> milestones = t.getJsonArray("milestones").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("milestone") + ":" + m.getString("status")).toList();
        assertEquals(List.of("TAKING_CHARGE:MET", "FIRST_FEEDBACK:MET", "RESOLUTION:MET"), milestones);

        assertEquals(List.of("CLOSED"), TestDatabase.column(
                "SELECT state FROM service_ticket WHERE number = ?", number));
        assertEquals(List.of("35"), TestDatabase.column(
                "SELECT SUM(minutes) FROM time_entry e JOIN service_ticket t ON t.id = e.service_ticket_id"
                        + " WHERE t.number = ?", number));
        List<String> states = TestDatabase.column("SELECT new_value FROM audit_event WHERE ticket_number = ?"
                + " AND field = 'state' ORDER BY at, id", number);
        assertEquals(List.of("TAKEN_IN_CHARGE", "AWAITING_VERIFICATION", "VERIFIED", "CLOSED"), states);

        MimeMessage closed = awaitMailTo("anna@firstlevel.example", number + " è chiuso");
        assertEquals("[Helpdesk] " + number + " è chiuso", closed.getSubject());
        assertTrue(GreenMailUtil.getBody(closed).contains("concordato con Anna"), GreenMailUtil.getBody(closed));
        await("the outbox to record the deliveries").atMost(Duration.ofSeconds(20)).until(() -> List.of("SENT")
                .equals(TestDatabase.column("SELECT DISTINCT status FROM outbox_message WHERE ticket_number = ?",
                        number)));
    }

    @Test
    void aBlockingBugGoesToProgrammingAndBackToTheCustomersThatReportedIt() throws Exception {
        long first = Scenario.customerWithContact("SECONDLEVEL", "en", "john@secondlevel.example");
        long second = Scenario.customerWithContact("SAMEBUG", "it", "carla@samebug.example");
        JsonObject a = Scenario.open("SECONDLEVEL", first, "SOFTWARE_BUG", "HIGH", "Invoices cannot be printed");
        JsonObject b = Scenario.open("SAMEBUG", second, "SOFTWARE_BUG", "HIGH", "Fatture non stampabili");
        a = Scenario.service(a, "take-charge", body());
        b = Scenario.service(b, "take-charge", body());

        JsonObject p = Scenario.ok(Scenario.act(a, "service-tickets", "escalation", body().add("urgency", "HIGH")
                .add("title", "Invoice print crashes").add("description", "Stack in the attached log"), "operator"),
                201);
        String pNumber = p.getString("number");
        assertTrue(p.getBoolean("blocking"));
        b = Scenario.service(b, "links", body().add("programmingTicket", pNumber));
        assertEquals("IN_PROGRAMMING", b.getString("state"));

        MimeMessage toManager = awaitMailTo("manager@helpdesk.example", pNumber);
        assertTrue(toManager.getSubject().contains("BLOCCANTE"), toManager.getSubject());
        awaitMailTo("programmer@helpdesk.example", pNumber);

        p = Scenario.programming(p, "start", body(), "programmer");
        assertEquals("IN_PROGRESS", p.getString("state"));
        p = Scenario.programming(p, "fix-ready", body(), "programmer");
        p = Scenario.programming(p, "update-sent", body().add("updateVersion", "5.2.1")
                .add("sentOn", LocalDate.now().toString()).add("means", "remote installation"), "programmer");
        assertEquals("CLOSED", p.getString("state"));

        assertEquals(List.of("AWAITING_VERIFICATION", "AWAITING_VERIFICATION"), TestDatabase.column(
                "SELECT state FROM service_ticket WHERE number IN (?, ?) ORDER BY number", a.getString("number"),
                b.getString("number")));
        MimeMessage english = awaitMailTo("john@secondlevel.example", a.getString("number"));
        assertTrue(english.getSubject().contains("the update that fixes your request has been sent"),
                english.getSubject());
        assertTrue(GreenMailUtil.getBody(english).contains("5.2.1"));
        MimeMessage italian = awaitMailTo("carla@samebug.example", b.getString("number"));
        assertTrue(italian.getSubject().contains("inviato l'aggiornamento"), italian.getSubject());

        // The customer of the second ticket still sees the problem: the programming ticket reopens.
        b = Scenario.get("service-tickets/" + b.getString("number"));
        b = Scenario.service(b, "verification", body().add("works", false)
                .add("note", "Succede ancora con le note di credito").add("reopenProgramming", true));
        assertEquals("IN_PROGRAMMING", b.getString("state"));
        assertEquals("OPEN", Scenario.get("programming-tickets/" + pNumber).getString("state"));
        assertEquals(List.of("Succede ancora con le note di credito"), TestDatabase.column(
                "SELECT note FROM audit_event WHERE ticket_number = ? AND field = 'reopen'", pNumber));
    }

    @Test
    void theUpdateSentMailsOnlyTheContactsWhoseTicketMovedToVerification() throws Exception {
        long waitingContact = Scenario.customerWithContact("STILLWAITING", "en", "wendy@stillwaiting.example");
        long servedContact = Scenario.customerWithContact("SERVEDNOW", "en", "sergio@servednow.example");
        JsonObject waiting = Scenario.service(Scenario.open("STILLWAITING", waitingContact, "SOFTWARE_BUG", "AVERAGE",
                "Orders and invoices both wrong"), "take-charge", body());
        JsonObject served = Scenario.service(Scenario.open("SERVEDNOW", servedContact, "SOFTWARE_BUG", "AVERAGE",
                "Invoices wrong"), "take-charge", body());
        JsonObject orders = Scenario.ok(Scenario.act(waiting, "service-tickets", "escalation", body()
                .add("urgency", "AVERAGE").add("title", "Orders wrong").add("description", "Order totals"),
                "operator"), 201);
        JsonObject invoices = Scenario.ok(Scenario.act(served, "service-tickets", "escalation", body()
                .add("urgency", "AVERAGE").add("title", "Invoices wrong").add("description", "Invoice totals"),
                "operator"), 201);
        waiting = Scenario.get("service-tickets/" + waiting.getString("number"));
        Scenario.service(waiting, "links", body().add("programmingTicket", invoices.getString("number")));

        invoices = Scenario.programming(invoices, "start", body(), "programmer");
        invoices = Scenario.programming(invoices, "fix-ready", body(), "programmer");
        Scenario.programming(invoices, "update-sent", body().add("updateVersion", "5.3.1")
                .add("sentOn", LocalDate.now().toString()).add("means", "download link"), "programmer");

        assertEquals(List.of("IN_PROGRAMMING", "AWAITING_VERIFICATION"), TestDatabase.column(
                "SELECT state FROM service_ticket WHERE number IN (?, ?) ORDER BY number", waiting.getString("number"),
                served.getString("number")), "the first still waits for " + orders.getString("number"));
        assertEquals(List.of("0"), updateSentMails(waiting.getString("number")),
                "no mail to a contact whose ticket still waits for programming");
        assertEquals(List.of("1"), updateSentMails(served.getString("number")));
        assertTrue(awaitMailTo("sergio@servednow.example", served.getString("number")).getSubject()
                .contains("the update that fixes your request has been sent"));

        orders = Scenario.programming(orders, "start", body(), "programmer");
        orders = Scenario.programming(orders, "fix-ready", body(), "programmer");
        Scenario.programming(orders, "update-sent", body().add("updateVersion", "5.3.2")
                .add("sentOn", LocalDate.now().toString()).add("means", "download link"), "programmer");

        assertEquals(List.of("AWAITING_VERIFICATION"), TestDatabase.column(
                "SELECT state FROM service_ticket WHERE number = ?", waiting.getString("number")));
        assertEquals(List.of("1"), updateSentMails(waiting.getString("number")), "told once, when it moved");
        assertEquals(List.of("1"), updateSentMails(served.getString("number")), "not told again");
        assertTrue(GreenMailUtil.getBody(awaitMailTo("wendy@stillwaiting.example", waiting.getString("number")))
                .contains("5.3.2"));
    }

    private static List<String> updateSentMails(String ticket) throws Exception {
        return TestDatabase.column("SELECT COUNT(*) FROM outbox_message WHERE kind = 'service.update-sent'"
                + " AND ticket_number = ?", ticket);
    }

    @Test
    void ticketsOpenedAtTheSameTimeGetDistinctNumbersOfThisYear() throws Exception {
        long contact = Scenario.customerWithContact("NUMBERS", "en", "desk@numbers.example");
        int clients = 8;
        int each = 15; // 120 tickets: more than two blocks of 50 numbers
        String json = Json.createObjectBuilder().add("customer", "NUMBERS").add("contactId", contact)
                .add("channel", "WEB").add("kind", "HARDWARE").add("severity", "LOW").add("subject", "Numbering")
                .add("description", "Opened at the same time as others").build().toString();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<String> numbers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<String>>> opened = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                opened.add(pool.submit(() -> {
                    // Signed in once with a session, so that the requests hit the server together, not bcrypt.
                    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
                    HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(Api.BASE.resolve("session"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"operator\",\"password\":\"demo\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(204, signIn.statusCode(), signIn.body());
                    go.await();
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                Api.BASE.resolve("service-tickets")).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(201, r.statusCode(), r.body());
                        mine.add(Api.json(r).getString("number"));
                    }
                    return mine;
                }));
            }
            go.countDown();
            for (Future<List<String>> f : opened) {
                numbers.addAll(f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        String year = String.valueOf(java.time.Year.now(TestMonth.ZONE).getValue());
        assertEquals(clients * each, numbers.size());
        assertEquals(numbers.size(), Set.copyOf(numbers).size(), "every number once: " + numbers);
        assertTrue(numbers.stream().allMatch(n -> n.matches("HD-" + year + "-\\d{6}")), numbers.toString());
        assertEquals(List.of(String.valueOf(clients * each)), TestDatabase.column(
                "SELECT count(DISTINCT number) FROM service_ticket WHERE customer_id ="
                        + " (SELECT id FROM customer WHERE code = ?)", "NUMBERS"));
    }

    @Test
    void theAuditTrailListsEveryChangeInOrderWithWhoAndWhen() {
        long contact = Scenario.customerWithContact("AUDITED", "en", "mary@audited.example");
        JsonObject t = Scenario.open("AUDITED", contact, "SOFTWARE_NEW_REQUEST", "LOW", "Add a field to orders");
        t = Scenario.service(t, "take-charge", body());
        t = Scenario.service(t, "details", body().add("channel", "EMAIL").add("kind", "SOFTWARE_NEW_REQUEST")
                .add("severity", "AVERAGE").add("subject", "Add the delivery notes field to orders")
                .add("description", t.getString("description")));

        List<JsonObject> audit = auditOf(t.getString("number"));
        Set<String> fields = audit.stream().map(e -> e.getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("created", "state", "assignee", "channel", "subject", "severity")),
                fields.toString());
        JsonObject severity = audit.stream().filter(e -> e.getString("field").equals("severity")).findFirst()
                .orElseThrow();
        assertEquals("LOW", severity.getString("oldValue"));
        assertEquals("AVERAGE", severity.getString("newValue"));
        assertEquals("operator", severity.getString("actor"));
        assertNotNull(severity.getString("at"));
    }

    @Test
    void listsNewestFirstInPagesThatNeitherOverlapNorSkip() throws Exception {
        List<String> listed = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = Scenario.get("service-tickets?limit=37" + (after == null ? "" : "&after=" + after));
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> listed.add(i.getString("number")));
            after = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (after != null);

        assertEquals(TestDatabase.column("SELECT number FROM service_ticket ORDER BY opened_at DESC, id DESC"), listed);
        assertTrue(listed.size() > 37, "the demo data spans several pages: " + listed.size());
    }

    @Test
    void filtersListOnlyMatchingTickets() throws Exception {
        JsonObject page = Scenario.get("service-tickets?customer=ROSSI&state=CLOSED&limit=500");
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);

        assertEquals(TestDatabase.column("SELECT t.number FROM service_ticket t JOIN customer c ON c.id = t.customer_id"
                + " WHERE c.code = 'ROSSI' AND t.state = 'CLOSED'"
                + " ORDER BY t.opened_at DESC, t.id DESC"), items.stream().map(i -> i.getString("number")).toList());
        assertFalse(items.isEmpty(), "the demo data has closed calls of Rossi");
    }

    @Test
    void exportsTheFilteredListAsCsvThatSpreadsheetsOpen() throws Exception {
        HttpResponse<byte[]> response = Api.getBytes("exports/service-tickets?customer=ROSSI", "auditor", "demo");

        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        byte[] body = response.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "UTF-8 BOM");
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\"number\",\"opened_at\",\"customer\",\"severity\",\"kind\",\"channel\",\"subject\","
                + "\"state\",\"operator\"", lines.get(0));
        List<String> numbers = lines.subList(1, lines.size()).stream()
                .map(l -> l.substring(1, l.indexOf('"', 1))).toList();
        assertEquals(TestDatabase.column("SELECT t.number FROM service_ticket t JOIN customer c ON c.id = t.customer_id"
                + " WHERE c.code = 'ROSSI' ORDER BY t.opened_at DESC, t.id DESC"), numbers);
        assertTrue(lines.subList(1, lines.size()).stream().allMatch(l -> l.startsWith("\"") && l.endsWith("\"")
                && l.contains("\",\"ROSSI\",\"")), "every field quoted");
    }

    private static List<JsonObject> auditOf(String number) {
        HttpResponse<String> response = Api.get("service-tickets/" + number + "/audit", "auditor", "demo");
        assertEquals(200, response.statusCode(), response.body());
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    /**
     * Waits (up to 20 s) for a mail to {@code address} whose subject contains {@code ticket} (a ticket's number, or
     * more of the subject). Mails about other tickets (retries of mails queued while an earlier test had no mail
     * server) are passed over.
     */
    private static MimeMessage awaitMailTo(String address, String ticket) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(r -> r.toString().equals(address))
                        && m.getSubject().contains(ticket)) {
                    return m;
                }
            }
            MAIL.waitForIncomingEmail(500, MAIL.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + address + " within 20 s; received: "
                + Arrays.stream(MAIL.getReceivedMessages()).map(m -> {
                    try {
                        return Arrays.toString(m.getAllRecipients()) + " " + m.getSubject();
                    } catch (MessagingException e) {
                        return e.toString();
                    }
                }).toList());
    }
}

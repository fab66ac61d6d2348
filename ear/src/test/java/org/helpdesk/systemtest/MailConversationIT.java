package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The conversation with the customer by e-mail, end to end: mails sent by SMTP to the help desk's mailboxes on a
 * real mail server, read by the server under test over IMAP, checked where a user would look (the ticket and its
 * messages in the database and the REST API, the mail in the customer's mailbox, the folders of the mailbox).
 * Every test has its own customer and addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailConversationIT {

    private static final Duration READ = Duration.ofSeconds(30);
    private static Mailboxes mail;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeAll
    static void startTheMailServer() {
        mail = Mailboxes.forTheSuite();
    }

    @AfterAll
    static void stopTheMailServer() {
        mail.close();
    }

    private static String id(String what) {
        return what + "." + UUID.randomUUID() + "@customer.example";
    }

    private static String plain(String from, String subject, String messageId, String extraHeaders, String body) {
        return "From: " + from + "\nTo: " + Mailboxes.HELPDESK + "\nSubject: " + subject + "\nMessage-ID: <"
                + messageId + ">\n" + extraHeaders + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
                + body + "\n";
    }

    private static String ticketOf(String messageId) throws Exception {
        return Mailboxes.ticketOf(messageId);
    }

    private static void awaitRecorded(String messageId) throws Exception {
        await("the mail " + messageId + " recorded").atMost(READ).until(() -> !TestDatabase.column(
                "SELECT id FROM inbound_mail WHERE message_id = ?", messageId).isEmpty());
    }

    private static List<MimeMessage> awaitMails(String address, int count) {
        await(count + " mails to " + address).atMost(READ).until(() -> mail.received(address).size() >= count);
        return mail.received(address);
    }

    private static JsonArray messages(String number) {
        return Api.jsonArray(Api.get("service-tickets/" + number + "/messages", "operator", Scenario.PASSWORD));
    }

    private static String header(MimeMessage message, String name) throws Exception {
        String[] values = message.getHeader(name);
        return values == null ? null : values[0];
    }

    @Test
    void aMailFromAContactOpensATicketAndTheSenderIsAcknowledgedInTheirLanguage() throws Exception {
        String italian = "anna@mailnew-it.example";
        String english = "john@mailnew-en.example";
        Scenario.customerWithContact("MAILNEWIT", "it", italian);
        Scenario.customerWithContact("MAILNEWEN", "en", english);
        String first = id("new-it");
        String second = id("new-en");
        mail.send(plain("Anna Verdi <Anna@MailNew-IT.example>", "La stampa delle fatture non parte", first, "",
                "Buongiorno, dal menu Fatture la stampa non parte.\n\nGrazie\nAnna"), Mailboxes.HELPDESK);
        mail.send(plain("John Smith <john@mailnew-en.example>", "Invoices do not print", second, "",
                "Hello, printing invoices does nothing."), Mailboxes.HELPDESK);

        String ticket = ticketOf(first);
        JsonObject view = Api.json(Api.get("service-tickets/" + ticket, "operator", Scenario.PASSWORD));
        assertEquals("EMAIL", view.getString("channel"));
        assertEquals("NEW", view.getString("state"));
        assertTrue(view.getBoolean("awaitingQualification"));
        assertEquals("MAILNEWIT", view.getJsonObject("customer").getString("code"));
        assertEquals(italian, view.getJsonObject("contact").getString("email"));
        assertEquals("La stampa delle fatture non parte", view.getString("subject"));
        assertTrue(view.getString("description").startsWith("Buongiorno, dal menu Fatture"));

        MimeMessage ack = awaitMails(italian, 1).get(0);
        assertEquals("[" + ticket + "] Abbiamo ricevuto la sua richiesta: La stampa delle fatture non parte",
                ack.getSubject());
        assertEquals("<" + first + ">", header(ack, "In-Reply-To"));
        assertEquals("auto-generated", header(ack, "Auto-Submitted"));
        assertTrue(((String) ack.getContent()).contains("Gentile Contact of MAILNEWIT"), (String) ack.getContent());

        String englishTicket = ticketOf(second);
        MimeMessage englishAck = awaitMails(english, 1).get(0);
        assertEquals("[" + englishTicket + "] We have received your request: Invoices do not print",
                englishAck.getSubject());
        assertTrue(((String) englishAck.getContent()).contains("Dear Contact of MAILNEWEN"));

        // Not yet qualified: taking it in charge is refused with the reason, until an operator edits it.
        JsonObject refused = Api.json(Scenario.act(view, "service-tickets", "take-charge", Scenario.body(),
                "operator"));
        assertTrue(refused.getString("detail").contains("set its kind and severity"), refused.toString());
    }

    @Test
    void theCustomerUpdateReachesTheContactThreadedAndTheirAnswersComeBackToTheSameTicket() throws Exception {
        String contact = "paola@mailthread.example";
        Scenario.customerWithContact("MAILTHREAD", "en", contact);
        String first = id("thread-start");
        mail.send(plain("Paola <" + contact + ">", "Backup fails every night", first, "",
                "The backup job fails with code 17."), Mailboxes.HELPDESK);
        String ticket = ticketOf(first);
        awaitMails(contact, 1);

        // The operator answers from the ticket: a customer update, mailed to the contact.
        Scenario.ok(Api.post("service-tickets/" + ticket + "/comments", Json.createObjectBuilder()
                .add("visibility", "CUSTOMER").add("text", "Please send us the backup log.").build().toString(),
                "operator", Scenario.PASSWORD), 201);
        Scenario.ok(Api.post("service-tickets/" + ticket + "/comments", Json.createObjectBuilder()
                .add("visibility", "INTERNAL").add("text", "Probably the disk quota again.").build().toString(),
                "operator", Scenario.PASSWORD), 201);
        MimeMessage update = awaitMails(contact, 2).get(1);
        assertEquals("Re: Backup fails every night [" + ticket + "]", update.getSubject());
        assertEquals("<" + first + ">", header(update, "In-Reply-To"));
        assertTrue(header(update, "References").contains("<" + first + ">"), header(update, "References"));
        String updateId = header(update, "Message-ID");
        assertNotNull(updateId);
        assertTrue(((String) update.getContent()).contains("Please send us the backup log."));
        assertFalse(((String) update.getContent()).contains("disk quota"), "internal notes are never mailed");

        // The contact answers the update, copying a colleague: threaded by its headers, whatever its subject.
        String answer = id("thread-answer");
        mail.send("From: Paola <" + contact + ">\nTo: " + Mailboxes.HELPDESK + "\nCc: Marco <marco@mailthread.example>"
                + "\nSubject: log attached\nMessage-ID: <" + answer + ">\nIn-Reply-To: " + updateId
                + "\nReferences: <" + first + "> " + updateId + "\nMIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\n\nHere it is: disk full.\n\n"
                + "On Fri, 4 Dec 2026, Help Desk wrote:\n> Please send us the backup log.\n", Mailboxes.HELPDESK);
        assertEquals(ticket, ticketOf(answer));

        // The next update goes to the contact and to the colleague copied on the customer's last mail.
        Scenario.ok(Api.post("service-tickets/" + ticket + "/comments", Json.createObjectBuilder()
                .add("visibility", "CUSTOMER").add("text", "We freed space; tonight's backup should run.").build()
                .toString(), "operator", Scenario.PASSWORD), 201);
        MimeMessage second = awaitMails("marco@mailthread.example", 1).get(0);
        assertEquals("<" + answer + ">", header(second, "In-Reply-To"));
        assertEquals(1, mail.received("marco@mailthread.example").size());

        // A mail with only the ticket's number in its subject lands there too.
        String bySubject = id("thread-subject");
        mail.send(plain(contact, "One more thing [" + ticket + "]", bySubject, "", "It happened again tonight."),
                Mailboxes.HELPDESK);
        assertEquals(ticket, ticketOf(bySubject));

        JsonArray timeline = messages(ticket);
        assertEquals(List.of("CUSTOMER_MAIL", "REPLY", "NOTE", "CUSTOMER_MAIL", "REPLY", "CUSTOMER_MAIL"),
                timeline.getValuesAs(JsonObject.class).stream().map(e -> e.getString("kind")).toList());
        JsonObject answered = timeline.getJsonObject(3);
        assertEquals("Here it is: disk full.", answered.getString("text"));
        assertTrue(answered.getString("folded").contains("> Please send us the backup log."));
        assertEquals(List.of("marco@mailthread.example"), answered.getJsonArray("cc").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        await("the update's delivery recorded").atMost(READ).until(() -> "SENT".equals(
                messages(ticket).getJsonObject(1).getString("delivery", "")));
    }

    @Test
    void theSameMailTwiceAndToTwoOfOurAddressesMakesOneTicket() throws Exception {
        String contact = "luigi@mailtwice.example";
        Scenario.customerWithContact("MAILTWICE", "it", contact);
        String messageId = id("twice");
        String raw = "From: " + contact + "\nTo: " + Mailboxes.HELPDESK + "\nCc: " + Mailboxes.SALES
                + "\nSubject: Doppia consegna\nMessage-ID: <" + messageId + ">\n\nArriva due volte.\n";
        mail.send(raw, Mailboxes.HELPDESK, Mailboxes.SALES);
        mail.send(raw, Mailboxes.HELPDESK);
        String ticket = ticketOf(messageId);
        await("both mailboxes read to the end").atMost(READ).until(() -> mail.count(Mailboxes.HELPDESK, "INBOX") == 0
                && mail.count(Mailboxes.SALES, "INBOX") == 0);
        // Every copy was read (and moved), each was recognised: one mail, one ticket, one acknowledgement.
        assertTrue(mail.count(Mailboxes.SALES, "Processed") >= 1);
        assertEquals(List.of("1"), TestDatabase.column("SELECT COUNT(*) FROM inbound_mail WHERE message_id = ?",
                messageId));
        assertEquals(List.of(ticket), TestDatabase.column("SELECT t.number FROM service_ticket t JOIN customer c"
                + " ON c.id = t.customer_id WHERE c.code = 'MAILTWICE'"));
        String next = id("twice-next");
        mail.send(plain(contact, "Dopo [" + ticket + "]", next, "", "Tutto qui."), Mailboxes.HELPDESK);
        ticketOf(next);
        assertEquals(1, mail.received(contact).size(), "one acknowledgement only");
    }

    @Test
    void automaticMailsAreNeverAnsweredAndABounceMarksTheUndeliveredMailFailed() throws Exception {
        String contact = "ufficio@mailauto.example";
        Scenario.customerWithContact("MAILAUTO", "it", contact);
        String outOfOffice = id("auto");
        mail.send(plain(contact, "Fuori sede", outOfOffice, "Auto-Submitted: auto-replied\n",
                "Sono fuori sede fino a lunedì."), Mailboxes.HELPDESK);
        String ticket = ticketOf(outOfOffice);
        String real = id("auto-real");
        mail.send(plain(contact, "Richiesta vera", real, "", "Il gestionale non si avvia."), Mailboxes.HELPDESK);
        String realTicket = ticketOf(real);
        List<MimeMessage> acks = awaitMails(contact, 1);
        assertEquals(1, acks.size(), "the auto-reply got no acknowledgement");
        assertTrue(acks.get(0).getSubject().startsWith("[" + realTicket + "]"), acks.get(0).getSubject());

        // A customer update to an address that no longer exists comes back as a delivery report.
        Scenario.ok(Api.post("service-tickets/" + ticket + "/comments", Json.createObjectBuilder()
                .add("visibility", "CUSTOMER").add("text", "Ci risentiamo lunedì.").build().toString(), "operator",
                Scenario.PASSWORD), 201);
        MimeMessage update = awaitMails(contact, 2).get(1);
        String updateId = header(update, "Message-ID");
        mail.send("From: Mail Delivery System <MAILER-DAEMON@mx.mailauto.example>\nTo: " + Mailboxes.HELPDESK
                + "\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <" + id("dsn") + ">\nMIME-Version: 1.0"
                + "\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n"
                + "Content-Type: text/plain\n\nYour message could not be delivered.\n--b\n"
                + "Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.mailauto.example\n\n"
                + "Final-Recipient: rfc822; " + contact + "\nAction: failed\nStatus: 5.1.1\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 Mailbox does not exist\n--b\n"
                + "Content-Type: text/rfc822-headers\n\nFrom: " + Mailboxes.HELPDESK + "\nTo: " + contact
                + "\nMessage-ID: " + updateId + "\n--b--\n", Mailboxes.HELPDESK);
        await("the update marked failed").atMost(READ).until(() -> "FAILED".equals(
                messages(ticket).getJsonObject(1).getString("delivery", "")));
        JsonObject failed = messages(ticket).getJsonObject(1);
        assertEquals("REPLY", failed.getString("kind"));
        assertTrue(failed.getString("deliveryError").contains("550 5.1.1 Mailbox does not exist"), failed.toString());
        assertEquals(2, mail.received(contact).size(), "the bounce was answered by nothing");
        assertEquals(2, messages(ticket).size(), "the bounce is not a message of the ticket");
    }

    @Test
    void anUnknownSenderWaitsUntilAnOperatorAssignsTheCustomer() throws Exception {
        Scenario.customerWithContact("MAILUNKNOWN", "en", "boss@mailunknown.example");
        String stranger = "new.person@elsewhere-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        String messageId = id("unknown");
        mail.send(plain("New Person <" + stranger + ">", "Who do I ask about licences?", messageId, "",
                "We bought ten licences last week."), Mailboxes.HELPDESK);
        awaitRecorded(messageId);
        JsonObject waiting = waiting(stranger);
        assertEquals("UNKNOWN_SENDER", waiting.getString("attention"));
        assertFalse(waiting.containsKey("ticketNumber"), waiting.toString());
        assertEquals(0, mail.received(stranger).size(), "no acknowledgement before a person decided");

        JsonObject ticket = Scenario.ok(Api.post("mail/waiting/" + waiting.getJsonNumber("id") + "/assignment",
                Json.createObjectBuilder().add("customer", "MAILUNKNOWN").add("addContact", true)
                        .add("language", "en").build().toString(), "operator", Scenario.PASSWORD), 200);
        assertEquals("MAILUNKNOWN", ticket.getJsonObject("customer").getString("code"));
        assertEquals(stranger, ticket.getJsonObject("contact").getString("email"));
        assertEquals("New Person", ticket.getJsonObject("contact").getString("name"));
        assertEquals(ticket.getString("number"), ticketOf(messageId));
        MimeMessage ack = awaitMails(stranger, 1).get(0);
        assertTrue(ack.getSubject().startsWith("[" + ticket.getString("number") + "] We have received"));
        assertTrue(Api.jsonArray(Api.get("mail/waiting", "operator", Scenario.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().noneMatch(m -> m.getString("fromAddress").equals(stranger)), "no longer waiting");

        // Someone new at a customer's domain: a ticket for that customer, the sender to confirm as a contact.
        String colleague = id("colleague");
        mail.send(plain("Carla <carla@mailunknown.example>", "Printer jam", colleague, "", "Paper jam on floor 2."),
                Mailboxes.HELPDESK);
        String colleagueTicket = ticketOf(colleague);
        JsonObject flagged = waiting("carla@mailunknown.example");
        assertEquals("NEW_CONTACT", flagged.getString("attention"));
        assertEquals(colleagueTicket, flagged.getString("ticketNumber"));
        assertEquals(204, Api.post("mail/waiting/" + flagged.getJsonNumber("id") + "/contact", Json
                .createObjectBuilder().add("name", "Carla Neri").add("language", "it").build().toString(), "operator",
                Scenario.PASSWORD).statusCode());
        assertEquals("Carla Neri", Api.json(Api.get("service-tickets/" + colleagueTicket, "operator",
                Scenario.PASSWORD)).getJsonObject("contact").getString("name"));
    }

    private static JsonObject waiting(String from) {
        return Api.jsonArray(Api.get("mail/waiting", "operator", Scenario.PASSWORD)).getValuesAs(JsonObject.class)
                .stream().filter(m -> m.getString("fromAddress").equals(from)).findFirst()
                .orElseThrow(() -> new AssertionError("no waiting mail from " + from));
    }

    @Test
    void aMailThatCannotBeReadIsSetAsideAndTheMailsBehindItAreRead() throws Exception {
        String contact = "ops@mailpoison.example";
        Scenario.customerWithContact("MAILPOISON", "en", contact);
        String poison = id("poison");
        StringBuilder nested = new StringBuilder("From: " + contact + "\nTo: " + Mailboxes.HELPDESK
                + "\nSubject: Deeply nested\nMessage-ID: <" + poison + ">\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int i = 0; i < 20; i++) {
            nested.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        nested.append("--b20\nContent-Type: text/plain\n\ndeep\n");
        mail.send(nested.toString(), Mailboxes.HELPDESK);
        String behind = id("behind-poison");
        mail.send(plain(contact, "After the bad one", behind, "", "This one is fine."), Mailboxes.HELPDESK);

        ticketOf(behind);
        await("the unreadable mail in the errors folder").atMost(READ)
                .until(() -> mail.count(Mailboxes.HELPDESK, "Errors") >= 1);
        JsonObject error = Api.jsonArray(Api.get("mail/errors", "admin", Scenario.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("messageId").equals(poison))
                .findFirst().orElseThrow();
        assertTrue(error.getString("reason").contains("more than 12 levels deep"), error.toString());
        assertEquals("support", error.getString("mailbox"));
        assertEquals(List.of(), TestDatabase.column("SELECT id FROM inbound_mail WHERE message_id = ?", poison));

        // Retry: the mail goes back to the inbox and is read again; still unreadable, it is set aside again.
        assertEquals(202, Api.post("mail/errors/" + error.getJsonNumber("id") + "/retry", "{}", "admin",
                Scenario.PASSWORD).statusCode());
        await("the mail read again and set aside again").atMost(READ).until(() -> TestDatabase.column(
                "SELECT retried_at FROM mail_error WHERE message_id = ? AND retried_at IS NOT NULL", poison).size() == 1
                && TestDatabase.column("SELECT id FROM mail_error WHERE message_id = ?", poison).size() == 2);
    }

    @Test
    void htmlIsReadAsTextOnlyAndAMailOverTheSizeLimitIsSetAsideWithTheReason() throws Exception {
        String contact = "web@mailhtml.example";
        Scenario.customerWithContact("MAILHTML", "en", contact);
        String html = id("html");
        mail.send("From: " + contact + "\nTo: " + Mailboxes.HELPDESK + "\nSubject: Screenshot of the error\n"
                + "Message-ID: <" + html + ">\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n\n"
                + "--m\nContent-Type: text/html; charset=utf-8\n\n<html><head><script>alert('x')</script></head>"
                + "<body><p>The error <b>E42</b> appears.</p><img src=x onerror=\"alert(document.cookie)\"></body>"
                + "</html>\n--m\nContent-Type: text/plain; name=\"error.log\"\n"
                + "Content-Disposition: attachment; filename=\"error.log\"\n\nE42 at line 7\n--m--\n",
                Mailboxes.HELPDESK);
        String ticket = ticketOf(html);
        JsonObject first = messages(ticket).getJsonObject(0);
        assertEquals("The error E42 appears.", first.getString("text"));
        JsonObject attachment = first.getJsonArray("attachments").getJsonObject(0);
        assertEquals("error.log", attachment.getString("fileName"));
        var download = Api.getBytes("attachments/" + attachment.getJsonNumber("id"), "operator", Scenario.PASSWORD);
        assertEquals(200, download.statusCode());
        assertEquals("E42 at line 7", new String(download.body(), StandardCharsets.UTF_8).strip());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));

        // 25 MB of attachment: over the 20 MB limit, set aside with the reason; the next mail is read.
        String big = id("big");
        byte[] payload = new byte[25 * 1024 * 1024];
        Arrays.fill(payload, (byte) 'x');
        String encoded = Base64.getMimeEncoder().encodeToString(payload);
        mail.send(("From: " + contact + "\nTo: " + Mailboxes.HELPDESK + "\nSubject: Full dump\nMessage-ID: <" + big
                + ">\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"m\"\n\n--m\n"
                + "Content-Type: text/html\n\n<script>alert(1)</script><p>dump</p>\n--m\n"
                + "Content-Type: application/octet-stream\nContent-Disposition: attachment; filename=\"dump.bin\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + encoded + "\n--m--\n").getBytes(StandardCharsets.US_ASCII),
                Mailboxes.HELPDESK);
        String after = id("after-big");
        mail.send(plain(contact, "Smaller one", after, "", "Here is a smaller log."), Mailboxes.HELPDESK);
        ticketOf(after);
        await("the big mail listed as unreadable").atMost(READ).until(() -> Api.jsonArray(Api.get("mail/errors",
                "admin", Scenario.PASSWORD)).getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("messageId").equals(big)));
        JsonObject error = Api.jsonArray(Api.get("mail/errors", "admin", Scenario.PASSWORD))
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("messageId").equals(big)).findFirst()
                .orElseThrow();
        assertTrue(error.getString("reason").contains("over the limit of 20.0 MB"), error.toString());
        assertEquals(List.of(), TestDatabase.column("SELECT id FROM inbound_mail WHERE message_id = ?", big));
    }

    @Test
    void aReplyToAClosedTicketIsFlaggedWithinTheWindowAndOpensAFollowUpAfterIt() throws Exception {
        String contact = "chiara@mailclosed.example";
        long contactId = Scenario.customerWithContact("MAILCLOSED", "it", contact);
        JsonObject t = Scenario.open("MAILCLOSED", contactId, "HARDWARE", "LOW", "Monitor flickers");
        t = Scenario.service(t, "take-charge", Scenario.body());
        t = Scenario.service(t, "resolution", Scenario.body());
        t = Scenario.service(t, "verification", Scenario.body().add("works", true));
        t = Scenario.service(t, "closure", Scenario.body().add("agreedWith", "Chiara").add("how", "PHONE")
                .add("minutesSpent", 10));
        String closed = t.getString("number");

        // Within the reopening window: added to the closed ticket, which stays closed, flagged for the operator.
        String late = id("closed-reply");
        mail.send(plain(contact, "Re: Monitor flickers [" + closed + "]", late, "", "It flickers again."),
                Mailboxes.HELPDESK);
        assertEquals(closed, ticketOf(late));
        assertEquals("CLOSED", Api.json(Api.get("service-tickets/" + closed, "operator", Scenario.PASSWORD))
                .getString("state"));
        assertEquals("CLOSED_TICKET_REPLY", waiting(contact).getString("attention"));
        assertEquals("CLOSED_TICKET_REPLY", messages(closed).getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("kind").equals("CUSTOMER_MAIL")).findFirst().orElseThrow()
                .getString("attention"));

        // After the window (closed 20 days ago, the window is 14): a new ticket that follows the old one up.
        TestDatabase.update("UPDATE service_ticket SET closed_at = closed_at - INTERVAL '20' DAY WHERE number = ?",
                closed);
        String later = id("closed-later");
        mail.send(plain(contact, "Re: Monitor flickers [" + closed + "]", later, "", "Now it is black."),
                Mailboxes.HELPDESK);
        String followUp = ticketOf(later);
        assertTrue(!followUp.equals(closed), followUp);
        JsonObject view = Api.json(Api.get("service-tickets/" + followUp, "operator", Scenario.PASSWORD));
        assertEquals(closed, view.getString("followsUp"));
        assertEquals("MAILCLOSED", view.getJsonObject("customer").getString("code"));
        assertEquals(contact, view.getJsonObject("contact").getString("email"));
    }
}

package org.helpdesk.infrastructure.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.helpdesk.domain.mail.ParsedMail;
import org.junit.jupiter.api.Test;

/** {@link MailParser} on mails as clients and servers really write them, and on mails meant to do harm. */
class MailParserTest {

    private final MailParser parser = new MailParser();

    private ParsedMail parse(String mail) throws MailParser.UnreadableMailException {
        return parser.parse(mail.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aPlainMailGivesItsSenderSubjectTextAndThreadHeaders() throws Exception {
        ParsedMail mail = parse("""
                From: "Anna Rossi" <Anna.Rossi@Example.COM>
                To: helpdesk@localhost
                Cc: Boss <boss@example.com>, helpdesk@localhost
                Subject: Re: Printer down [HD-2026-000123]
                Message-ID: <abc.123@mail.example.com>
                In-Reply-To: <hd.51.x1@localhost>
                References: <first@example.com>
                 <hd.51.x1@localhost>
                Date: Fri, 4 Dec 2026 10:15:00 +0100
                Content-Language: it-IT
                Content-Type: text/plain; charset=utf-8

                The printer still does not print.
                """);
        assertEquals("abc.123@mail.example.com", mail.messageId());
        assertEquals("anna.rossi@example.com", mail.fromAddress());
        assertEquals("Anna Rossi", mail.fromName());
        assertEquals(List.of("helpdesk@localhost"), mail.to());
        assertEquals(List.of("boss@example.com", "helpdesk@localhost"), mail.cc());
        assertEquals("Re: Printer down [HD-2026-000123]", mail.subject());
        assertEquals("The printer still does not print.", mail.text());
        assertNull(mail.folded());
        assertEquals(List.of("hd.51.x1@localhost", "first@example.com"), mail.answered());
        assertEquals("it", mail.language().getLanguage());
        assertEquals("2026-12-04T09:15:00Z", mail.sentAt().toString());
        assertFalse(mail.automatic());
        assertNull(mail.bounce());
    }

    @Test
    void encodedWordsAndCharsetsAreDecoded() throws Exception {
        ParsedMail mail = parse("""
                From: =?UTF-8?Q?Nicol=C3=B2_Bianchi?= <nicolo@example.it>
                Subject: =?ISO-8859-1?Q?Stampante_gu=E0sta?=
                Message-ID: <e1@example.it>
                Content-Type: text/plain; charset=ISO-8859-1
                Content-Transfer-Encoding: quoted-printable

                Non funziona pi=F9.
                """);
        assertEquals("Nicolò Bianchi", mail.fromName());
        assertEquals("Stampante guàsta", mail.subject());
        assertEquals("Non funziona più.", mail.text());
    }

    @Test
    void anUnknownCharsetIsReadRatherThanRefused() throws Exception {
        ParsedMail mail = parse("""
                From: a@example.com
                Subject: odd
                Content-Type: text/plain; charset=x-no-such-charset

                Caf\u00e9
                """);
        assertEquals("Café", mail.text());
    }

    @Test
    void htmlBecomesTextWithoutScriptsOrStyles() throws Exception {
        ParsedMail mail = parse("""
                From: a@example.com
                Subject: html only
                Message-ID: <h1@example.com>
                Content-Type: text/html; charset=utf-8

                <html><head><style>p{color:red}</style><script>alert('x')</script></head>
                <body><p>Hello <b>team</b>,</p><p>it fails:<br>step one<br>step two</p>
                <ul><li>first</li><li>second</li></ul><img src=x onerror=alert(1)>
                <a href="https://example.com/log">the log</a><script>document.cookie</script></body></html>
                """);
        assertEquals("Hello team,\nit fails:\nstep one\nstep two\n- first\n- second\nthe log (https://example.com/log)",
                mail.text());
        assertFalse(mail.text().contains("alert"));
        assertFalse(mail.text().contains("<"));
    }

    @Test
    void plainTextWinsOverHtmlAndAttachmentsAreKept() throws Exception {
        ParsedMail mail = parse("""
                From: a@example.com
                Subject: with a file
                Message-ID: <m1@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/alternative; boundary="inner"

                --inner
                Content-Type: text/plain; charset=utf-8

                See the log.
                --inner
                Content-Type: text/html; charset=utf-8

                <p>See the <i>log</i>.</p>
                --inner--
                --outer
                Content-Type: text/plain; name="../../etc/error.log"
                Content-Disposition: attachment; filename="../../etc/error.log"

                ERROR 42
                --outer
                Content-Type: application/pdf
                Content-Disposition: attachment; filename="=?UTF-8?Q?r=C3=A9sum=C3=A9.pdf?="
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --outer--
                """);
        assertEquals("See the log.", mail.text());
        assertEquals(2, mail.attachments().size());
        assertEquals("../../etc/error.log", mail.attachments().get(0).fileName(), "the name as sent: made safe when stored");
        assertEquals("ERROR 42", new String(mail.attachments().get(0).content(), StandardCharsets.UTF_8).strip());
        assertEquals("résumé.pdf", mail.attachments().get(1).fileName());
        assertEquals("application/pdf", mail.attachments().get(1).contentType());
        assertEquals("%PDF-1.4\n", new String(mail.attachments().get(1).content(), StandardCharsets.US_ASCII));
    }

    @Test
    void quotedHistoryAndSignatureAreFoldedNotDeleted() throws Exception {
        ParsedMail mail = parse("""
                From: a@example.com
                Subject: Re: x
                Message-ID: <q1@example.com>

                Still broken after the update.

                On Thu, 3 Dec 2026 at 10:00, Help Desk <helpdesk@localhost> wrote:
                > Please install version 4.2.
                > Kind regards
                """);
        assertEquals("Still broken after the update.", mail.text());
        assertTrue(mail.folded().startsWith("On Thu, 3 Dec 2026"), mail.folded());
        assertTrue(mail.folded().contains("> Please install version 4.2."));
    }

    @Test
    void autoRepliesListsAndDaemonsAreAutomatic() throws Exception {
        String body = "\nI am out of the office.\n";
        assertTrue(parse("From: a@example.com\nAuto-Submitted: auto-replied\n" + body).automatic());
        assertFalse(parse("From: a@example.com\nAuto-Submitted: no\n" + body).automatic());
        assertTrue(parse("From: a@example.com\nPrecedence: bulk\n" + body).automatic());
        assertTrue(parse("From: a@example.com\nList-Id: <users.example.com>\n" + body).automatic());
        assertTrue(parse("From: MAILER-DAEMON@example.com\n" + body).automatic());
        assertFalse(parse("From: a@example.com\n" + body).automatic());
    }

    @Test
    void aDeliveryReportNamesTheMailItIsAboutAndWhy() throws Exception {
        ParsedMail mail = parse("""
                From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
                To: helpdesk@localhost
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn1@mx.example.com>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Your message could not be delivered.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com

                Final-Recipient: rfc822; gone@example.com
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 User unknown
                --b
                Content-Type: text/rfc822-headers

                From: helpdesk@localhost
                To: gone@example.com
                Subject: Re: Printer [HD-2026-000001]
                Message-ID: <hd.101.abc@localhost>
                --b--
                """);
        assertTrue(mail.automatic());
        assertNotNull(mail.bounce());
        assertEquals("hd.101.abc@localhost", mail.bounce().originalMessageId());
        assertEquals("to gone@example.com; status 5.1.1; smtp; 550 5.1.1 User unknown", mail.bounce().reason());
    }

    @Test
    void aMailWithoutMessageIdGetsTheSameSyntheticIdEveryTime() throws Exception {
        String mail = "From: a@example.com\nSubject: no id\nDate: Fri, 4 Dec 2026 10:15:00 +0100\n\nHello\n";
        ParsedMail first = parse("Received: from a by b; Fri, 4 Dec 2026 10:15:01 +0100\n" + mail);
        ParsedMail second = parse("Received: from c by d; Fri, 4 Dec 2026 10:16:00 +0100\nDelivered-To: x@y\n" + mail);
        assertTrue(first.messageId().endsWith("@synthetic.helpdesk"));
        assertEquals(first.messageId(), second.messageId(), "delivered twice, read as one");
        assertNotEquals(first.messageId(), parse(mail.replace("Hello", "Hello again")).messageId());
    }

    @Test
    void aMailWithoutSenderIsUnreadableWithAReason() {
        MailParser.UnreadableMailException e = assertThrows(MailParser.UnreadableMailException.class,
                () -> parse("Subject: nobody\n\ntext\n"));
        assertTrue(e.getMessage().contains("no sender"), e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotFollowed() {
        StringBuilder mail = new StringBuilder("From: a@example.com\nContent-Type: multipart/mixed; boundary=\"b0\"\n\n");
        for (int i = 0; i < 20; i++) {
            mail.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        mail.append("--b20\nContent-Type: text/plain\n\ndeep\n");
        MailParser.UnreadableMailException e = assertThrows(MailParser.UnreadableMailException.class,
                () -> parse(mail.toString()));
        assertTrue(e.getMessage().contains("levels deep"), e.getMessage());
    }

    @Test
    void controlCharactersNeverReachTheText() throws Exception {
        ParsedMail mail = parse("From: a@example.com\nSubject: bell\u0007 here\n\nline\u0000one\u001b[31m\n");
        assertEquals("bell here", mail.subject());
        assertEquals("lineone[31m", mail.text());
    }
}

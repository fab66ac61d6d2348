package org.helpdesk.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.helpdesk.web.support.MailText.Sender;
import org.junit.jupiter.api.Test;

/**
 * A mail's text as the ticket screen prints it (escaped, in an element that keeps line breaks): every kind of line
 * break becomes one, nothing invisible can disguise what the customer wrote, and its layout stays.
 */
class MailTextTest {

    @Test
    void lineBreaksOfEveryMailerBecomeOneKind() {
        assertEquals("Good morning,\nthe printer\nis offline.", MailText.display("Good morning,\r\nthe printer\ris offline."));
    }

    @Test
    void markupIsLeftAsTextForThePageToEscape() {
        assertEquals("<b>urgent</b> <script>alert(1)</script>",
                MailText.display("<b>urgent</b> <script>alert(1)</script>"));
    }

    @Test
    void indentationAndOneEmptyLineStayButRunsOfEmptyLinesShrink() {
        assertEquals("Steps:\n\tone\n  two\n\nThanks", MailText.display("\n\nSteps:\n\tone\n  two\n\n\n\n\nThanks\n\n  \n"));
    }

    @Test
    void controlCharactersAndBidirectionalOverridesAreRemoved() {
        assertEquals("Open invoice_fdp.exe now", MailText.display("Open invoice_\u202Efdp.exe\u0007 now\u0000"));
        assertEquals("isolated", MailText.display("\u2066isolated\u2069"));
    }

    @Test
    void lettersOfAnyLanguageAndEmojiStay() {
        assertEquals("Perché non funziona? 😊", MailText.display("Perché non funziona? 😊"));
    }

    @Test
    void noTextShowsNothing() {
        assertEquals("", MailText.display(null));
        assertEquals("", MailText.display("\r\n \r\n"));
    }

    @Test
    void theSenderIsReadFromTheTimelinesAuthor() {
        assertEquals(new Sender("Mario Rossi", "mario@rossi.it"), MailText.sender("Mario Rossi <Mario@Rossi.IT>"));
        assertEquals(new Sender("Rossi, Mario", "mario@rossi.it"), MailText.sender("\"Rossi, Mario\" <mario@rossi.it>"));
        assertEquals(new Sender(null, "mario@rossi.it"), MailText.sender("mario@rossi.it"));
        assertEquals(new Sender(null, "mario@rossi.it"), MailText.sender("<mario@rossi.it>"));
        assertEquals(new Sender("anna", null), MailText.sender("anna"));
        assertEquals(new Sender(null, null), MailText.sender(null));
    }
}

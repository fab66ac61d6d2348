package org.helpdesk.infrastructure.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void italianAttributionStartsTheHistory() {
        QuotedText.Split split = QuotedText.split("Grazie, ora funziona.\n\nIl giorno 3 dic 2026, Help Desk ha scritto:\n> Provi ora");
        assertEquals("Grazie, ora funziona.", split.text());
        assertEquals("Il giorno 3 dic 2026, Help Desk ha scritto:\n> Provi ora", split.folded());
    }

    @Test
    void outlookHeaderBlockStartsTheHistory() {
        QuotedText.Split split = QuotedText.split("Works now.\n\nFrom: Help Desk\nSent: Thursday\nSubject: x\n\nold");
        assertEquals("Works now.", split.text());
        assertEquals("From: Help Desk\nSent: Thursday\nSubject: x\n\nold", split.folded());
    }

    @Test
    void theSignatureIsFolded() {
        QuotedText.Split split = QuotedText.split("See attached.\n-- \nAnna Rossi\nACME S.p.A.");
        assertEquals("See attached.", split.text());
        assertEquals("-- \nAnna Rossi\nACME S.p.A.", split.folded());
    }

    @Test
    void interleavedAnswersStayVisible() {
        String text = "> Which version?\n4.1\n> Which printer?\nThe one upstairs";
        QuotedText.Split split = QuotedText.split(text);
        assertEquals(text, split.text());
        assertNull(split.folded());
    }

    @Test
    void aMailThatIsAllQuoteIsShownWhole() {
        QuotedText.Split split = QuotedText.split("> only a quote\n> nothing new");
        assertEquals("> only a quote\n> nothing new", split.text());
        assertNull(split.folded());
    }
}

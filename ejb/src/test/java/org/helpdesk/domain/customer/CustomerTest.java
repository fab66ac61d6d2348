package org.helpdesk.domain.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.helpdesk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerTest {

    private final Customer acme = new Customer(" acme ", "Acme S.p.A.");

    @Test
    void theCodeIsStoredInUpperCase() {
        assertEquals("ACME", acme.getCode());
        assertTrue(acme.isActive());
    }

    @Test
    void theCodeHasLettersDigitsDashesAndUnderscoresOnly() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> new Customer("AC ME", "Acme"));

        assertEquals("The customer code may contain only letters, digits, '-' and '_' (got 'AC ME').",
                refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"it", "en", "it-IT", "en-GB"})
    void aContactSpeaksItalianOrEnglish(String tag) {
        Contact contact = acme.addContact("Mario Rossi", "mario@acme.example", null, Locale.forLanguageTag(tag), false);

        assertEquals(Locale.forLanguageTag(tag).getLanguage(), contact.getLanguage().getLanguage());
        assertSame(acme, contact.getCustomer());
        assertEquals(List.of(contact), acme.getContacts());
    }

    @Test
    void anyOtherLanguageIsRefused() {
        InvalidValueException french = assertThrows(InvalidValueException.class,
                () -> acme.addContact("Jean Dupont", null, null, Locale.FRENCH, false));
        InvalidValueException none = assertThrows(InvalidValueException.class,
                () -> acme.addContact("Jean Dupont", null, null, null, false));

        assertEquals("The contact's language must be Italian (it) or English (en), not 'fr'.", french.getMessage());
        assertEquals("The contact's language is required: Italian (it) or English (en).", none.getMessage());
        assertEquals(List.of(), acme.getContacts());
    }

    @Test
    void theMonthlyReportGoesToActiveContactsWithAnEmail() {
        InvalidValueException noEmail = assertThrows(InvalidValueException.class,
                () -> acme.addContact("Mario Rossi", " ", "+39 02 1234", Locale.ITALIAN, true));
        Contact mario = acme.addContact("Mario Rossi", "mario@acme.example", null, Locale.ITALIAN, true);
        Contact anna = acme.addContact("Anna Verdi", "anna@acme.example", null, Locale.ENGLISH, true);
        acme.addContact("Luca Bianchi", null, "+39 02 5678", Locale.ITALIAN, false);
        anna.deactivate();

        assertEquals("A contact who receives the monthly report needs an e-mail address.", noEmail.getMessage());
        assertEquals(List.of(mario), acme.monthlyReportRecipients());
    }

    @Test
    void aRefusedChangeLeavesTheContactAsItWas() {
        Contact mario = acme.addContact("Mario Rossi", "mario@acme.example", null, Locale.ITALIAN, true);

        assertThrows(InvalidValueException.class,
                () -> mario.changeDetails("Mario Rossi Jr", "not-an-address", null, Locale.ITALIAN, true));

        assertEquals("Mario Rossi", mario.getName());
        assertEquals("mario@acme.example", mario.getEmail());
    }

    @Test
    void aContactBelongsToItsOwnCustomerOnly() {
        Contact mario = acme.addContact("Mario Rossi", null, null, Locale.ITALIAN, false);

        assertTrue(mario.belongsTo(acme));
        assertFalse(mario.belongsTo(new Customer("BETA", "Beta S.r.l.")));
    }
}

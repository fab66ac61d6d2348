package org.helpdesk.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.application.StaleEditException.EditedRecord;
import org.helpdesk.application.ticket.TicketCommands;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketRuleException;
import org.helpdesk.web.ServiceViolation;
import org.junit.jupiter.api.Test;

/**
 * What a screen shows when a service call is refused: the refusal in the user's language (English or Italian),
 * with its arguments as the screens show them (labels, dates in Rome), the English text when the bundle does not
 * know the refusal, and never a stack trace.
 */
class MessagesTest {

    private static final Instant AUTUMN_NIGHT = Instant.parse("2026-10-25T01:30:00Z");

    @Test
    void aRefusedTransitionNamesTheStateWhatWasRefusedAndWhatIsAllowedInEnglish() {
        assertEquals(List.of("Ticket HD-2026-000001 is New: it cannot be marked resolved. Allowed now: Take charge,"
                + " Reassign, Edit, Add comment, Log time."), shown(Locale.ENGLISH, MessagesTest::resolveANewTicket));
    }

    @Test
    void aRefusedTransitionNamesTheStateWhatWasRefusedAndWhatIsAllowedInItalian() {
        assertEquals(List.of("Il ticket HD-2026-000001 è nello stato Nuovo: non può essere segnato come risolto."
                + " Ora è possibile: Prendi in carico, Riassegna, Modifica, Aggiungi commento, Registra ore."),
                shown(Locale.ITALIAN, MessagesTest::resolveANewTicket));
    }

    @Test
    void aStaleEditSaysWhoChangedTheTicketAndWhenInRomeTime() {
        Runnable stale = () -> {
            throw new StaleEditException(EditedRecord.SERVICE_TICKET, "HD-2026-000123", "marta", AUTUMN_NIGHT);
        };

        assertEquals(List.of("Ticket HD-2026-000123 was changed by marta at Oct 25, 2026, 2:30 AM after you opened"
                + " it: nothing was saved. Reload it and try again."), spaced(shown(Locale.ENGLISH, stale)));
        assertEquals(List.of("Il ticket HD-2026-000123 è stato modificato da marta il 25 ott 2026, 02:30 dopo che"
                + " lei l'ha aperto: non è stato salvato nulla. Lo ricarichi e riprovi."), shown(Locale.ITALIAN, stale));
    }

    @Test
    void aStaleEditFocusesTheReloadButtonAndTellsThePage() {
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            Messages.attempt((Runnable) () -> {
                throw new StaleEditException(EditedRecord.SERVICE_TICKET, "HD-2026-000123", "marta", AUTUMN_NIGHT);
            });

            assertEquals(Boolean.TRUE, screen.requestAttributes.get("staleEdit"));
            assertEquals(1, screen.scripts.size());
            assertTrue(screen.scripts.get(0).contains("'stale-form:stale'"), screen.scripts.get(0));
        }
    }

    @Test
    void aStaleEditWhoseAuthorIsUnknownSaysAnotherUser() {
        Runnable stale = () -> {
            throw new StaleEditException(EditedRecord.SERVICE_TICKET, "HD-2026-000123", null, null);
        };

        assertEquals(List.of("Il ticket HD-2026-000123 è stato modificato da un altro utente dopo che lei l'ha aperto:"
                + " non è stato salvato nulla. Lo ricarichi e riprovi."), shown(Locale.ITALIAN, stale));
    }

    @Test
    void aSeverityArgumentIsShownByItsLabel() {
        Runnable stale = () -> {
            throw new StaleEditException(EditedRecord.MILESTONE_TARGETS, Severity.HIGH, "admin", AUTUMN_NIGHT);
        };

        assertEquals(List.of("Gli obiettivi delle milestone per la gravità Alta sono stati modificati da admin il"
                + " 25 ott 2026, 02:30 dopo che lei li ha aperti: non è stato salvato nulla. Li ricarichi e riprovi."),
                shown(Locale.ITALIAN, stale));
    }

    @Test
    void aBusinessRuleIsTranslatedWithItsArguments() {
        Runnable rule = () -> {
            throw new TicketRuleException("rule.contactInactive",
                    "Contact {0} is no longer active at {1}: choose another contact or none.", "Mario Rossi", "ACME");
        };

        assertEquals(List.of("Contact Mario Rossi is no longer active at ACME: choose another contact or none."),
                shown(Locale.ENGLISH, rule));
        assertEquals(List.of("Il contatto Mario Rossi non è più attivo presso ACME: ne scelga un altro o nessuno."),
                shown(Locale.ITALIAN, rule));
    }

    @Test
    void aRuleTheBundleDoesNotKnowIsShownInEnglishAsTheServicesWordIt() {
        Runnable unknownKey = () -> {
            throw new TicketRuleException("rule.notInTheBundle", "Ticket {0} cannot do that yet.", "HD-2026-000007");
        };

        assertEquals(List.of("Ticket HD-2026-000007 cannot do that yet."), shown(Locale.ITALIAN, unknownKey));
    }

    @Test
    void aRoleThatDoesNotAllowTheActionIsSaidInTheUsersLanguage() {
        Runnable forbidden = () -> {
            throw new EJBAccessException("WFLYEJB0364: Invocation on method ... is not allowed");
        };

        assertEquals(List.of("Your role does not allow this action."), shown(Locale.ENGLISH, forbidden));
        assertEquals(List.of("Il suo ruolo non consente questa azione."), shown(Locale.ITALIAN, forbidden));
    }

    @Test
    void somethingNotFoundIsSaidInTheUsersLanguage() {
        assertEquals(List.of("Non esiste il ticket di assistenza HD-2026-999999."), shown(Locale.ITALIAN, () -> {
            throw new NotFoundException("notFound.serviceTicket", "There is no service ticket {0}.",
                    "HD-2026-999999");
        }));
        List<String> fault = shown(Locale.ENGLISH, () -> {
            throw new IllegalArgumentException("Contact Anna is not one of customer ACME's contacts.");
        });
        assertEquals(1, fault.size());
        assertTrue(fault.get(0).startsWith("An unexpected error occurred (reference "), fault.get(0));
        assertFalse(fault.get(0).contains("Contact Anna"), "a fault is not shown as a refusal: " + fault.get(0));
    }

    @Test
    void aConstraintNamesTheFieldByItsLabelAndSaysWhatToDoInTheUsersLanguage() {
        Runnable blankSubject = refused(violation(new TicketCommands.OpenServiceTicket("ACME", null, Channel.PHONE,
                RequestKind.HARDWARE, Severity.LOW, " ", "Printer offline"), "subject", "{validation.subject}",
                "must not be blank"));

        assertEquals(List.of("Subject: write a subject"), shown(Locale.ENGLISH, blankSubject));
        assertEquals(List.of("Oggetto: scriva l'oggetto"), shown(Locale.ITALIAN, blankSubject));
    }

    @Test
    void aCommandsOwnLabelComesBeforeTheLabelOfAnyFieldSoNamed() {
        Runnable blankComment = refused(violation(new TicketCommands.AddComment(CommentVisibility.INTERNAL, ""),
                "text", "{validation.comment}", "must not be blank"));

        assertEquals(List.of("Comment: write the comment"), shown(Locale.ENGLISH, blankComment));
        assertEquals(List.of("Commento: scriva il commento"), shown(Locale.ITALIAN, blankComment));
    }

    @Test
    void aConstraintWithoutKeyOrLabelIsShownAsTheValidatorWroteItCapitalised() {
        Runnable unlabelled = refused(violation(new TicketCommands.AddComment(null, "Called back"), "notAField",
                "{jakarta.validation.constraints.NotNull.message}", "must not be null"));

        assertEquals(List.of("Must not be null"), shown(Locale.ITALIAN, unlabelled));
    }

    @Test
    void aCallThatSucceedsShowsNothingAndReturnsItsResult() {
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("HD-2026-000001", Messages.attempt(() -> "HD-2026-000001"));
            assertTrue(Messages.attempt(() -> { }));
            assertEquals(List.of(), screen.messages);
        }
    }

    @Test
    void aRefusedCallReturnsNothingAndShowsAnError() {
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            assertNull(Messages.attempt((Supplier<String>) () -> {
                throw new NotFoundException("notFound.customer", "There is no customer {0}.", "NOPE");
            }));
            assertFalse(Messages.attempt((Runnable) () -> {
                throw new NotFoundException("notFound.customer", "There is no customer {0}.", "NOPE");
            }));
            assertEquals(List.of(FacesMessage.SEVERITY_ERROR, FacesMessage.SEVERITY_ERROR),
                    screen.messages.stream().map(FacesMessage::getSeverity).toList());
        }
    }

    @Test
    void anInformationIsFormattedInTheUsersLanguageWithItsApostrophes() {
        try (ScreenContext screen = ScreenContext.in(Locale.ITALIAN)) {
            Messages.info("runs.started", "2026-03", 42L);

            assertEquals(List.of("L'invio di 2026-03 è stato avviato (esecuzione 42)."), screen.texts());
            assertEquals(FacesMessage.SEVERITY_INFO, screen.messages.get(0).getSeverity());
        }
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("Customer ACME was created.", Messages.format("done.customerCreated", "ACME"));
        }
    }

    @Test
    void aKeyTheBundleDoesNotKnowIsShownAsItIs() {
        try (ScreenContext screen = ScreenContext.in(Locale.ENGLISH)) {
            assertEquals("done.notInTheBundle", Messages.format("done.notInTheBundle"));
        }
    }

    /** Marking a ticket resolved before anybody took it in charge. */
    private static void resolveANewTicket() {
        Customer acme = new Customer("ACME", "Acme S.p.A.");
        new ServiceTicket(org.helpdesk.domain.ticket.TicketNumber.valueOf("HD-2026-000001"), acme, null, Channel.PHONE, RequestKind.SOFTWARE_BUG, Severity.AVERAGE,
                "Invoices do not print", "Printing an invoice shows an empty page.", "anna",
                Instant.parse("2026-03-02T08:00:00Z")).markResolved("anna", Instant.parse("2026-03-02T08:10:00Z"));
    }

    /** @return the texts a screen in {@code locale} shows after attempting {@code call} */
    private static List<String> shown(Locale locale, Runnable call) {
        try (ScreenContext screen = ScreenContext.in(locale)) {
            assertFalse(Messages.attempt(call), "the call is refused");
            return screen.texts();
        }
    }

    /** Newer JDKs put a narrow no-break space before AM; compared as a plain space on every JDK. */
    private static List<String> spaced(List<String> texts) {
        return texts.stream().map(t -> t.replace('\u202F', ' ').replace('\u00A0', ' ')).toList();
    }

    private static Runnable refused(ConstraintViolation<?> violation) {
        return () -> {
            throw new ConstraintViolationException(Set.of(violation));
        };
    }

    /** A violation of {@code field} of {@code command}, as the validator reports it for {@code open(command)}. */
    private static ConstraintViolation<Object> violation(Record command, String field, String template,
            String message) {
        return ServiceViolation.of(command, template, message, "open", "arg0", field);
    }
}

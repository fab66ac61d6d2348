package org.helpdesk.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.helpdesk.application.mail.ConversationService.EntryKind;
import org.helpdesk.application.mail.ConversationService.TimelineEntry;
import org.helpdesk.application.ticket.TicketViews.ContactRef;
import org.helpdesk.application.ticket.TicketViews.CustomerRef;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket.Action;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.junit.jupiter.api.Test;

/**
 * Which kind of reply the ticket screen preselects: a customer update only where it reaches someone (a contact with an
 * address, or a customer who wrote by mail), an internal note otherwise and on a closed ticket.
 */
class TicketDetailTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final ContactRef WITH_ADDRESS = new ContactRef(1L, "Mario Rossi", "mario@rossi.it", null, "it");
    private static final ContactRef PHONE_ONLY = new ContactRef(2L, "Anna Bianchi", null, "+39 02 1234", "it");

    @Test
    void aContactWithAnAddressGetsACustomerUpdate() {
        assertEquals(CommentVisibility.CUSTOMER,
                TicketDetail.defaultVisibility(ticket(ServiceTicketState.NEW, WITH_ADDRESS, Channel.PHONE), List.of()));
    }

    @Test
    void aCallWithoutAnAddressGetsAnInternalNote() {
        assertEquals(CommentVisibility.INTERNAL,
                TicketDetail.defaultVisibility(ticket(ServiceTicketState.NEW, PHONE_ONLY, Channel.PHONE), List.of()));
        assertEquals(CommentVisibility.INTERNAL,
                TicketDetail.defaultVisibility(ticket(ServiceTicketState.NEW, null, Channel.PHONE), List.of()));
    }

    @Test
    void aTicketThatCameByMailGetsACustomerUpdateEvenWithoutAContact() {
        assertEquals(CommentVisibility.CUSTOMER,
                TicketDetail.defaultVisibility(ticket(ServiceTicketState.NEW, null, Channel.EMAIL), List.of()));
        assertEquals(CommentVisibility.CUSTOMER, TicketDetail.defaultVisibility(
                ticket(ServiceTicketState.TAKEN_IN_CHARGE, null, Channel.PHONE), List.of(mail())));
    }

    @Test
    void aClosedTicketTakesInternalNotesOnly() {
        assertEquals(CommentVisibility.INTERNAL, TicketDetail.defaultVisibility(
                ticket(ServiceTicketState.CLOSED, WITH_ADDRESS, Channel.EMAIL), List.of(mail())));
    }

    @Test
    void theNextStepIsTheFirstStepOfTheProcessOffered() {
        assertEquals("TAKE_CHARGE", TicketDetail.nextStep(offering(false, Action.TAKE_CHARGE, Action.EDIT)));
        assertEquals("ESCALATE", TicketDetail.nextStep(offering(false, Action.ESCALATE, Action.MARK_RESOLVED,
                Action.WAIT_FOR_CUSTOMER)));
        assertEquals("MARK_RESOLVED", TicketDetail.nextStep(offering(false, Action.MARK_RESOLVED)));
        assertEquals("CONFIRM_VERIFICATION", TicketDetail.nextStep(offering(false, Action.CONFIRM_VERIFICATION,
                Action.FAIL_VERIFICATION)));
        assertEquals("AGREE_CLOSURE", TicketDetail.nextStep(offering(false, Action.AGREE_CLOSURE,
                Action.FAIL_VERIFICATION)));
        assertNull(TicketDetail.nextStep(offering(false, Action.LINK_PROGRAMMING, Action.COMMENT)),
                "in programming: nothing for the help desk to do");
    }

    @Test
    void aTicketThatCameByMailIsQualifiedBeforeItIsTakenInCharge() {
        ServiceTicketView byMail = offering(true, Action.TAKE_CHARGE, Action.EDIT, Action.REASSIGN);
        assertEquals("QUALIFY", TicketDetail.nextStep(byMail));
        assertFalse(TicketDetail.offers(byMail, Action.TAKE_CHARGE), "the service would refuse it");
        assertEquals(List.of("REASSIGN"), TicketDetail.secondary(byMail, "QUALIFY"));
    }

    @Test
    void theOtherActionsAreOfferedBesideTheNextStepButNotItsOwnParts() {
        assertEquals(List.of("WAIT_FOR_CUSTOMER", "MARK_RESOLVED", "LINK_PROGRAMMING", "EDIT"),
                TicketDetail.secondary(offering(false, Action.ESCALATE, Action.MARK_RESOLVED,
                        Action.WAIT_FOR_CUSTOMER, Action.LINK_PROGRAMMING, Action.EDIT, Action.COMMENT), "ESCALATE"));
        assertEquals(List.of(), TicketDetail.secondary(offering(false, Action.CONFIRM_VERIFICATION,
                Action.FAIL_VERIFICATION), "CONFIRM_VERIFICATION"));
        assertEquals(List.of("FAIL_VERIFICATION"), TicketDetail.secondary(offering(false, Action.AGREE_CLOSURE,
                Action.FAIL_VERIFICATION), "AGREE_CLOSURE"));
    }

    @Test
    void anActivityLeftEmptyIsTheFirstLineOfTheText() {
        assertEquals("Driver reinstalled", TicketDetail.excerpt("  Driver reinstalled\nthen rebooted", 500));
        assertEquals("abcd…", TicketDetail.excerpt("abcdefgh", 5));
    }

    private static ServiceTicketView offering(boolean awaitingQualification, Action... actions) {
        return new ServiceTicketView("HD-2026-000001", 0, ServiceTicketState.NEW, new CustomerRef("ROSSI",
                "Rossi Meccanica"), WITH_ADDRESS, Channel.PHONE, RequestKind.SOFTWARE_BUG, Severity.AVERAGE, "Printer",
                "Offline", null, AT, "anna", List.of(), null, List.of(), null, 0, Set.of(actions), AT, "anna",
                awaitingQualification, null, null, null);
    }

    private static TimelineEntry mail() {
        return new TimelineEntry(EntryKind.CUSTOMER_MAIL, 7L, AT, "Mario Rossi <mario@rossi.it>", "mario@rossi.it",
                "Mario Rossi", "Printer", "Offline",
                null, List.of(), List.of(), null, null, null);
    }

    private static ServiceTicketView ticket(ServiceTicketState state, ContactRef contact, Channel channel) {
        return new ServiceTicketView("HD-2026-000001", 0, state, new CustomerRef("ROSSI", "Rossi Meccanica"), contact,
                channel, RequestKind.SOFTWARE_BUG, Severity.AVERAGE, "Printer", "Offline", null, AT, "anna", List.of(),
                null, List.of(), null, 0, Set.of(), AT, "anna", false, null, null, null);
    }
}

package org.helpdesk.domain.ticket;

import static org.helpdesk.domain.ticket.Fixtures.DAY;
import static org.helpdesk.domain.ticket.Fixtures.OPERATOR;
import static org.helpdesk.domain.ticket.Fixtures.T0;
import static org.helpdesk.domain.ticket.Fixtures.at;
import static org.helpdesk.domain.ticket.Fixtures.programmingTicket;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicket;
import static org.helpdesk.domain.ticket.Fixtures.serviceTicketIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class ServiceTicketTest {

    // ---------------------------------------------------------------- opening and numbers

    @Test
    void numbersHaveTheYearAndSixDigits() {
        assertEquals("HD-2026-000123", new TicketNumber(TicketNumber.Series.SERVICE, 2026, 123).toString());
        assertEquals("HD-2026-999999", new TicketNumber(TicketNumber.Series.SERVICE, 2026, 999_999).toString());
        assertEquals("HD-2027-1234567", new TicketNumber(TicketNumber.Series.SERVICE, 2027, 1_234_567).toString());
        assertEquals("PR-2026-000001", new TicketNumber(TicketNumber.Series.PROGRAMMING, 2026, 1).toString());
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(TicketNumber.Series.SERVICE, 2026, 0));
        assertThrows(IllegalArgumentException.class, () -> new TicketNumber(TicketNumber.Series.SERVICE, 26, 1));
        assertEquals(new TicketNumber(TicketNumber.Series.PROGRAMMING, 2027, 1_234_567),
                TicketNumber.parse("PR-2027-1234567").orElseThrow());
        assertTrue(TicketNumber.parse("HD-2026-12").isEmpty());
        assertTrue(TicketNumber.parse("XX-2026-000001").isEmpty());
    }

    @Test
    void aNewTicketIsNewAndRecordsItsCreation() {
        ServiceTicket ticket = serviceTicket();

        assertEquals(ServiceTicketState.NEW, ticket.getState());
        assertEquals(T0, ticket.getOpenedAt());
        assertEquals(OPERATOR, ticket.getOpenedBy());
        assertEquals(T0, ticket.getLastModifiedAt());
        assertEquals(List.of(new TicketChange(AuditField.CREATED, null, "NEW", OPERATOR, T0, "Invoices do not print")),
                ticket.drainChanges());
        assertEquals(List.of(), ticket.drainChanges(), "drained changes are forgotten");
    }

    @Test
    void aTicketNeedsASubjectANumberLikeHdAndAContactOfItsCustomer() {
        Customer acme = Fixtures.customer();
        Customer other = new Customer("BETA", "Beta S.r.l.");
        Contact stranger = other.addContact("Luca Bianchi", null, null, Locale.ENGLISH, false);

        InvalidValueException noSubject = assertThrows(InvalidValueException.class, () -> new ServiceTicket(
                TicketNumber.valueOf("HD-2026-000001"), acme, null, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, " ", "d", OPERATOR, T0));
        IllegalArgumentException badNumber = assertThrows(IllegalArgumentException.class, () -> new ServiceTicket(
                TicketNumber.valueOf("PR-2026-000001"), acme, null, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, "s", "d", OPERATOR, T0));
        InvalidValueException notTheirs = assertThrows(InvalidValueException.class, () -> new ServiceTicket(
                TicketNumber.valueOf("HD-2026-000001"), acme, stranger, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, "s", "d", OPERATOR,
                T0));

        assertEquals("The subject is required.", noSubject.getMessage());
        assertEquals("PR-2026-000001 is not a number of a service ticket.", badNumber.getMessage());
        assertEquals("Contact Luca Bianchi is not one of customer ACME's contacts.", notTheirs.getMessage());
    }

    @Test
    void noTicketIsOpenedForAnInactiveCustomer() {
        Customer acme = Fixtures.customer();
        acme.deactivate();

        TicketRuleException refused = assertThrows(TicketRuleException.class, () -> new ServiceTicket(
                TicketNumber.valueOf("HD-2026-000001"), acme, null, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, "s", "d", OPERATOR, T0));

        assertEquals("Customer ACME is no longer active: no new ticket can be opened for it.", refused.getMessage());
    }

    // ---------------------------------------------------------------- milestones set by the commands

    @Test
    void takingChargeAssignsTheOperatorAndSetsTheFirstMilestone() {
        ServiceTicket ticket = serviceTicket();
        ticket.drainChanges();

        ticket.takeCharge("bruno", at(12));

        assertEquals("bruno", ticket.getAssignedOperator());
        assertEquals(Optional.of(at(12)), ticket.reachedAt(Milestone.TAKING_CHARGE));
        assertEquals(List.of(
                new TicketChange(AuditField.ASSIGNEE, null, "bruno", "bruno", at(12), null),
                new TicketChange(AuditField.STATE, "NEW", "TAKEN_IN_CHARGE", "bruno", at(12), null)), ticket.drainChanges());
    }

    @Test
    void onlyTheFirstCustomerCommentIsTheFirstFeedback() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        ticket.addComment(CommentVisibility.INTERNAL, "Looking at the report", OPERATOR, at(15));
        assertEquals(Optional.empty(), ticket.reachedAt(Milestone.FIRST_FEEDBACK));

        Comment reply = ticket.addComment(CommentVisibility.CUSTOMER, "We are on it", OPERATOR, at(20));
        ticket.addComment(CommentVisibility.CUSTOMER, "Still on it", OPERATOR, at(90));

        assertEquals(Optional.of(at(20)), ticket.reachedAt(Milestone.FIRST_FEEDBACK));
        assertSame(ticket, reply.getServiceTicket());
        assertEquals("We are on it", reply.getText());
        assertEquals(at(20), reply.getCreatedAt());
    }

    @Test
    void resolvingSetsTheResolutionAndAFailedVerificationUndoesIt() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        ticket.markResolved(OPERATOR, at(30));
        assertEquals(Optional.of(at(30)), ticket.reachedAt(Milestone.RESOLUTION));

        ticket.failVerification("Still an empty page", false, OPERATOR, at(40));
        assertEquals(ServiceTicketState.TAKEN_IN_CHARGE, ticket.getState());
        assertEquals(Optional.empty(), ticket.reachedAt(Milestone.RESOLUTION));
    }

    @Test
    void aFailedVerificationNeedsAReason() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.AWAITING_VERIFICATION);

        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> ticket.failVerification("  ", false, OPERATOR, at(40)));

        assertEquals("The reason the verification failed is required.", refused.getMessage());
        assertEquals(ServiceTicketState.AWAITING_VERIFICATION, ticket.getState());
    }

    // ---------------------------------------------------------------- programming

    @Test
    void onlyASoftwareBugIsEscalated() {
        ServiceTicket hardware = serviceTicket(RequestKind.HARDWARE, Severity.LOW);
        hardware.takeCharge(OPERATOR, at(5));

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> hardware.escalate(programmingTicket(1, Severity.LOW), OPERATOR, at(10)));

        assertEquals("Only a software bug can be escalated to programming.", refused.getMessage());
        assertEquals(ServiceTicketState.TAKEN_IN_CHARGE, hardware.getState());
    }

    @Test
    void escalatingLinksBothSides() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        ProgrammingTicket pt = programmingTicket(7, Severity.HIGH);

        ticket.escalate(pt, OPERATOR, at(20));

        assertEquals(ServiceTicketState.IN_PROGRAMMING, ticket.getState());
        assertTrue(ticket.getProgrammingTickets().contains(pt));
        assertTrue(pt.getServiceTickets().contains(ticket));
        assertEquals(new TicketChange(AuditField.LINK, null, "PR-2026-000007", OPERATOR, at(20), "escalated"),
                ticket.drainChanges().get(0));
    }

    @Test
    void aClosedProgrammingTicketCannotBeLinked() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        ProgrammingTicket closed = Fixtures.programmingTicketIn(ProgrammingTicketState.CLOSED);

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> ticket.linkProgrammingTicket(closed, OPERATOR, at(20)));

        assertEquals("Programming ticket PR-2026-000001 is closed: link an open programming ticket, or reopen it first.",
                refused.getMessage());
    }

    @Test
    void oneProgrammingTicketServesTwoServiceTicketsAndItsUpdateMovesBothToVerification() {
        ProgrammingTicket pt = programmingTicket(1, Severity.AVERAGE);
        ServiceTicket first = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);
        ServiceTicket second = new ServiceTicket(TicketNumber.valueOf("HD-2026-000002"), Fixtures.customer(), null, Channel.EMAIL,
                RequestKind.SOFTWARE_BUG, Severity.LOW, "Empty invoices", "Same here.", OPERATOR, at(5));
        second.takeCharge(OPERATOR, at(10));
        first.escalate(pt, OPERATOR, at(20));
        second.linkProgrammingTicket(pt, OPERATOR, at(25));
        pt.start("paolo", at(30));
        pt.markFixReady("paolo", at(40));

        var told = pt.recordUpdateSent("5.2.1", DAY, "download link", "marta", at(50));

        assertEquals(List.of(first, second), List.copyOf(told));
        for (ServiceTicket ticket : List.of(first, second)) {
            assertEquals(ServiceTicketState.AWAITING_VERIFICATION, ticket.getState());
            assertEquals(Optional.of(at(50)), ticket.reachedAt(Milestone.RESOLUTION));
            assertEquals("marta", ticket.getLastModifiedBy());
        }
    }

    @Test
    void aTicketWaitsForAllItsProgrammingTickets() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.IN_PROGRAMMING);
        ProgrammingTicket second = programmingTicket(2, Severity.LOW);
        ticket.linkProgrammingTicket(second, OPERATOR, at(25));

        Fixtures.close(ticket.getProgrammingTickets().stream().filter(pt -> pt != second).findFirst().orElseThrow());
        assertEquals(ServiceTicketState.IN_PROGRAMMING, ticket.getState());

        Fixtures.close(second);
        assertEquals(ServiceTicketState.AWAITING_VERIFICATION, ticket.getState());
    }

    @Test
    void aProgrammingClosureInAnyOtherStateChangesNothing() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.IN_PROGRAMMING);
        ProgrammingTicket pt = ticket.getProgrammingTickets().iterator().next();
        Fixtures.close(pt);
        ticket.drainChanges();

        ticket.programmingClosed(pt, OPERATOR, at(200));

        assertEquals(ServiceTicketState.AWAITING_VERIFICATION, ticket.getState());
        assertEquals(List.of(), ticket.drainChanges());
    }

    @Test
    void aFailedVerificationGoesBackToProgrammingWhileALinkedProgrammingTicketIsOpen() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.IN_PROGRAMMING);
        ProgrammingTicket pt = ticket.getProgrammingTickets().iterator().next();
        Fixtures.close(pt);
        pt.reopen("The fix breaks credit notes", "paolo", at(130));

        ticket.failVerification("Credit notes print empty now", false, OPERATOR, at(140));

        assertEquals(ServiceTicketState.IN_PROGRAMMING, ticket.getState());
        assertNull(ticket.getResolvedAt());
    }

    // ---------------------------------------------------------------- closure and reopening

    @Test
    void theClosureIsRefusedWhileALinkedProgrammingTicketIsOpen() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.IN_PROGRAMMING);
        ProgrammingTicket pt = ticket.getProgrammingTickets().iterator().next();
        Fixtures.close(pt);
        ticket.confirmVerification(null, OPERATOR, at(130));
        pt.reopen("Regression", "paolo", at(140));

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> ticket.agreeClosure("Mario Rossi", Channel.PHONE, 60, DAY, OPERATOR, at(150)));

        assertEquals("Ticket HD-2026-000001 cannot be closed while programming ticket PR-2026-000001 is open.",
                refused.getMessage());
        assertEquals(ServiceTicketState.VERIFIED, ticket.getState());
    }

    @Test
    void theClosureIsRefusedWithoutHoursSpent() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.VERIFIED);

        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> ticket.agreeClosure("Mario Rossi", Channel.PHONE, 0, DAY, OPERATOR, at(60)));

        assertEquals("Record the hours spent before agreeing the closure.", refused.getMessage());
        assertEquals(ServiceTicketState.VERIFIED, ticket.getState());
    }

    @Test
    void theClosureRecordsWhoAgreedAndHow() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.VERIFIED);

        ticket.agreeClosure("Mario Rossi", Channel.CHAT, 75, DAY, "bruno", at(60));

        Closure closure = ticket.getClosure().orElseThrow();
        assertEquals("Mario Rossi", closure.agreedWith());
        assertEquals(Channel.CHAT, closure.channel());
        assertEquals(at(60), closure.closedAt());
        assertEquals("bruno", closure.closedBy());
        assertEquals(new Hours(75, 0), ticket.hours());
        assertEquals(List.of(
                new TicketChange(AuditField.TIME, null, "75", "bruno", at(60), "Hours agreed at closure with Mario Rossi"),
                new TicketChange(AuditField.CLOSURE, null, "Mario Rossi via CHAT", "bruno", at(60), "75 minutes recorded"),
                new TicketChange(AuditField.STATE, "VERIFIED", "CLOSED", "bruno", at(60), null)), ticket.drainChanges());
    }

    @Test
    void reopeningClearsTheClosureAndTheResolutionButKeepsThemInTheHistory() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.CLOSED);

        ticket.reopen("Empty pages again", "bruno", at(600));

        assertEquals(ServiceTicketState.TAKEN_IN_CHARGE, ticket.getState());
        assertEquals(1, ticket.getReopenCount());
        assertNull(ticket.getClosedAt());
        assertEquals(Optional.empty(), ticket.getClosure());
        assertNull(ticket.getResolvedAt());
        assertEquals(Optional.of(at(10)), ticket.reachedAt(Milestone.TAKING_CHARGE), "taking charge stays");
        TicketChange reopen = ticket.drainChanges().get(0);
        assertEquals(AuditField.REOPEN, reopen.field());
        assertEquals("Mario Rossi via PHONE at " + at(50) + " by anna", reopen.oldValue());
        assertEquals("1", reopen.newValue());
        assertEquals("Empty pages again", reopen.note());
    }

    @Test
    void aClosedTicketTakesInternalCommentsOnly() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.CLOSED);

        ticket.addComment(CommentVisibility.INTERNAL, "Customer happy", OPERATOR, at(600));
        TicketRuleException refused = assertThrows(TicketRuleException.class,
                () -> ticket.addComment(CommentVisibility.CUSTOMER, "Thanks!", OPERATOR, at(600)));

        assertEquals("Ticket HD-2026-000001 is closed: only internal comments can be added. "
                + "Reopen it to write to the customer.", refused.getMessage());
    }

    // ---------------------------------------------------------------- history of edits

    @Test
    void editingRecordsOneChangePerFieldActuallyChanged() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        ticket.editDetails("Invoices print empty", "Printing an invoice shows an empty page.", Channel.EMAIL,
                RequestKind.SOFTWARE_BUG, "bruno", at(30));
        ticket.changeSeverity(Severity.HIGH, "bruno", at(31));
        ticket.changeSeverity(Severity.HIGH, "bruno", at(32));

        assertEquals(List.of(
                new TicketChange(AuditField.SUBJECT, "Invoices do not print", "Invoices print empty", "bruno", at(30), null),
                new TicketChange(AuditField.CHANNEL, "PHONE", "EMAIL", "bruno", at(30), null),
                new TicketChange(AuditField.SEVERITY, "AVERAGE", "HIGH", "bruno", at(31), null)), ticket.drainChanges());
        assertEquals(at(31), ticket.getLastModifiedAt(), "an edit that changes nothing is not a modification");
        assertEquals("bruno", ticket.getLastModifiedBy());
    }

    @Test
    void reassigningToTheSameOperatorRecordsNothing() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        ticket.reassign(OPERATOR, "bruno", at(30));
        assertEquals(List.of(), ticket.drainChanges());

        ticket.reassign("carla", "bruno", at(31));
        assertEquals(List.of(new TicketChange(AuditField.ASSIGNEE, OPERATOR, "carla", "bruno", at(31), null)),
                ticket.drainChanges());
    }

    @Test
    void timeIsLoggedByTheActingUserInPositiveMinutes() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.TAKEN_IN_CHARGE);

        TimeEntry entry = ticket.logTime(DAY, 25, "Remote session", WorkLevel.HELP_DESK, "bruno", at(30));
        InvalidValueException zero = assertThrows(InvalidValueException.class,
                () -> ticket.logTime(DAY, 0, "Nothing", WorkLevel.HELP_DESK, "bruno", at(30)));

        assertSame(ticket, entry.getServiceTicket());
        assertEquals("bruno", entry.getStaffUsername());
        assertEquals(25, entry.getMinutes());
        assertEquals("The minutes spent must be more than zero (got 0); to correct an entry, reverse it.",
                zero.getMessage());
        assertEquals(new TicketChange(AuditField.TIME, null, "25", "bruno", at(30), "Remote session"),
                ticket.drainChanges().get(0));
    }

    @Test
    void aCommandWithoutActingUserChangesNothing() {
        ServiceTicket ticket = serviceTicketIn(ServiceTicketState.VERIFIED);

        assertThrows(IllegalArgumentException.class,
                () -> ticket.agreeClosure("Mario Rossi", Channel.PHONE, 30, DAY, null, at(60)));

        assertEquals(ServiceTicketState.VERIFIED, ticket.getState());
        assertEquals(Optional.empty(), ticket.getClosure());
        assertEquals(new Hours(0, 0), ticket.hours(), "nothing logged by a refused closure");
    }
}

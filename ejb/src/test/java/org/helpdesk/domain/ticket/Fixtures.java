package org.helpdesk.domain.ticket;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;

/** Tickets brought to a given state through their real commands, at fixed instants. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final String OPERATOR = "anna";
    static final String PROGRAMMER = "paolo";
    static final String MANAGER = "marta";

    private Fixtures() {
    }

    static Instant at(int minutesAfterOpening) {
        return T0.plus(Duration.ofMinutes(minutesAfterOpening));
    }

    static Customer customer() {
        return new Customer("ACME", "Acme S.p.A.");
    }

    static ServiceTicket serviceTicket(RequestKind kind, Severity severity) {
        return serviceTicket("HD-2026-000001", kind, severity);
    }

    static ServiceTicket serviceTicket(String number, RequestKind kind, Severity severity) {
        Customer acme = customer();
        Contact mario = acme.addContact("Mario Rossi", "mario.rossi@acme.example", "+39 02 1234", Locale.ITALIAN,
                true);
        return new ServiceTicket(TicketNumber.valueOf(number), acme, mario, Channel.PHONE, kind, severity,
                "Invoices do not print", "Printing an invoice shows an empty page.", OPERATOR, T0);
    }

    static ServiceTicket serviceTicket() {
        return serviceTicket(RequestKind.SOFTWARE_BUG, Severity.AVERAGE);
    }

    static ProgrammingTicket programmingTicket(long sequence, Severity urgency) {
        return new ProgrammingTicket(new TicketNumber(TicketNumber.Series.PROGRAMMING, 2026, sequence), urgency,
                "Empty invoice page", "The invoice report loses its data source.", OPERATOR, T0);
    }

    /** A software-bug service ticket of Average severity in the given state; history drained. */
    static ServiceTicket serviceTicketIn(ServiceTicketState state) {
        ServiceTicket ticket = serviceTicket();
        switch (state) {
            case NEW -> {
            }
            case TAKEN_IN_CHARGE -> ticket.takeCharge(OPERATOR, at(10));
            case IN_PROGRAMMING -> {
                ticket.takeCharge(OPERATOR, at(10));
                ticket.escalate(programmingTicket(1, Severity.AVERAGE), OPERATOR, at(20));
            }
            case AWAITING_VERIFICATION -> {
                ticket.takeCharge(OPERATOR, at(10));
                ticket.markResolved(OPERATOR, at(30));
            }
            case VERIFIED -> {
                ticket.takeCharge(OPERATOR, at(10));
                ticket.markResolved(OPERATOR, at(30));
                ticket.confirmVerification("Prints again", OPERATOR, at(40));
            }
            case CLOSED -> {
                ticket.takeCharge(OPERATOR, at(10));
                ticket.markResolved(OPERATOR, at(30));
                ticket.confirmVerification("Prints again", OPERATOR, at(40));
                ticket.agreeClosure("Mario Rossi", Channel.PHONE, 45, DAY, OPERATOR, at(50));
            }
        }
        ticket.drainChanges();
        return ticket;
    }

    /** An Average programming ticket in the given state; history drained. */
    static ProgrammingTicket programmingTicketIn(ProgrammingTicketState state) {
        ProgrammingTicket ticket = programmingTicket(1, Severity.AVERAGE);
        switch (state) {
            case OPEN -> {
            }
            case SCHEDULED -> ticket.schedule(DAY.plusDays(7), "5.3", MANAGER, at(10));
            case IN_PROGRESS -> ticket.start(PROGRAMMER, at(10));
            case FIX_READY -> {
                ticket.start(PROGRAMMER, at(10));
                ticket.markFixReady(PROGRAMMER, at(20));
            }
            case CLOSED -> close(ticket);
        }
        ticket.drainChanges();
        return ticket;
    }

    /** Starts, fixes and delivers a programming ticket, which closes it. */
    static void close(ProgrammingTicket ticket) {
        ticket.start(PROGRAMMER, at(100));
        ticket.markFixReady(PROGRAMMER, at(110));
        ticket.recordUpdateSent("5.2.1", DAY, "download link", MANAGER, at(120));
    }

    /** What the persistence provider does when saving. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

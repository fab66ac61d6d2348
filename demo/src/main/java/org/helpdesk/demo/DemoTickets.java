package org.helpdesk.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.ProgrammingTicket;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketNumber;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.domain.time.HelpDeskCalendar;

/**
 * Builds a few months of realistic help-desk history through the domain itself, so every ticket got where it is
 * by legal transitions and carries its audit trail, comments and hours. Seeded: the same data on every first run.
 * Every object it makes is handed to {@code sink} in an order that satisfies the foreign keys.
 */
final class DemoTickets {

    static final String OPERATOR = "operator";
    static final String SECOND_OPERATOR = "luca";
    static final String PROGRAMMER = "programmer";
    static final String MANAGER = "manager";

    private static final String[][] SUBJECTS = {
        {"Invoice print fails with error 1042", "Stampa fattura in errore 1042"},
        {"Warehouse module: stock totals wrong after transfer", "Magazzino: giacenze errate dopo il trasferimento"},
        {"New report: sales by agent and month", "Nuovo report: vendite per agente e mese"},
        {"Login very slow since this morning", "Accesso molto lento da stamattina"},
        {"Barcode scanner not recognised", "Lettore barcode non riconosciuto"},
        {"Export to accounting: VAT codes missing", "Export contabilità: mancano i codici IVA"},
        {"Add field 'delivery notes' to orders", "Aggiungere il campo 'note di consegna' agli ordini"},
        {"Printer on reception desk offline", "Stampante della reception non in linea"},
        {"E-invoice rejected by exchange system", "Fattura elettronica scartata dallo SDI"},
        {"Crash when closing the fiscal year", "Blocco durante la chiusura dell'esercizio"},
    };

    private final Random random = new Random(20261122L);
    /** Which first-level calls wait for the customer: apart, so that the rest of the history stays as it was. */
    private final Random waits = new Random(20261205L);
    private final Consumer<Object> sink;
    private final IntFunction<TicketNumber> serviceNumbers;
    private final IntFunction<TicketNumber> programmingNumbers;
    private final List<Object> touched = new ArrayList<>();

    DemoTickets(Consumer<Object> sink, IntFunction<TicketNumber> serviceNumbers, IntFunction<TicketNumber> programmingNumbers) {
        this.sink = sink;
        this.serviceNumbers = serviceNumbers;
        this.programmingNumbers = programmingNumbers;
    }

    List<Customer> customers() {
        List<Customer> customers = new ArrayList<>();
        customers.add(customer("ROSSI", "Rossi Meccanica S.r.l.", Locale.ITALIAN, "Giulia Rossi", "Marco Bianchi"));
        customers.add(customer("FARMAVERDE", "Farmacia Verde S.n.c.", Locale.ITALIAN, "Anna Verdi"));
        customers.add(customer("TRASPORTI-NORD", "Trasporti Nord S.p.A.", Locale.ITALIAN, "Paolo Neri",
                "Elena Costa"));
        customers.add(customer("ACME", "Acme Tools Ltd", Locale.ENGLISH, "John Smith", "Mary Jones"));
        customers.add(customer("NORTHWIND", "Northwind Traders", Locale.ENGLISH, "Laura Callahan"));
        customers.add(customer("STUDIO-LEX", "Studio Legale Ferri", Locale.ITALIAN, "Avv. Carla Ferri"));
        return customers;
    }

    private Customer customer(String code, String name, Locale language, String... contacts) {
        Customer customer = new Customer(code, name);
        for (int i = 0; i < contacts.length; i++) {
            String email = contacts[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@"
                    + code.toLowerCase(Locale.ROOT) + ".example";
            customer.addContact(contacts[i], email, "+39 02 5550" + (100 + i), language, i == 0);
        }
        sink.accept(customer);
        return customer;
    }

    /**
     * A call the demo scripts rather than draws (a mail conversation): numbered in turn with the drawn calls, then
     * made by {@code open} with that number.
     */
    record Scripted(Instant openedAt, Consumer<TicketNumber> open) {
    }

    /**
     * About {@code perWeek} requests a week from {@code start} to {@code now}, each as far along as its age allows,
     * and the {@code scripted} calls among them. The scripted calls draw nothing from the seeded randomness: the drawn
     * calls are the same with or without them.
     */
    void history(List<Customer> customers, Instant start, Instant now, int perWeek, List<Scripted> scripted) {
        long seconds = Duration.between(start, now).getSeconds();
        long total = seconds / Duration.ofDays(7).getSeconds() * perWeek;
        List<Instant> calls = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Instant openedAt = businessHours(start.plusSeconds((long) (random.nextDouble() * seconds)));
            if (!openedAt.isAfter(now)) {
                calls.add(openedAt);
            }
        }
        // Numbers follow the order calls came in, as they do at a real help desk.
        calls.sort(null);
        List<Scripted> inTurn = new ArrayList<>(scripted);
        inTurn.sort(Comparator.comparing(Scripted::openedAt));
        int next = 0;
        for (Instant openedAt : calls) {
            for (; next < inTurn.size() && inTurn.get(next).openedAt().isBefore(openedAt); next++) {
                open(inTurn.get(next));
            }
            ticket(customers.get(random.nextInt(customers.size())), openedAt, now);
        }
        for (; next < inTurn.size(); next++) {
            open(inTurn.get(next));
        }
    }

    private void open(Scripted call) {
        call.open().accept(serviceNumbers.apply(year(call.openedAt())));
    }

    /** Every ticket made or changed, in order, so their recorded changes can go to the audit trail. */
    List<Object> touched() {
        return touched;
    }

    private void ticket(Customer customer, Instant openedAt, Instant now) {
        Contact contact = customer.getContacts().get(random.nextInt(customer.getContacts().size()));
        boolean italian = "it".equals(contact.getLanguage().getLanguage());
        String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        Severity severity = pick(new Severity[] {Severity.HIGH, Severity.AVERAGE, Severity.AVERAGE, Severity.LOW,
            Severity.LOW, Severity.SECONDARY});
        RequestKind kind = pick(new RequestKind[] {RequestKind.SOFTWARE_BUG, RequestKind.SOFTWARE_BUG,
            RequestKind.SOFTWARE_NEW_REQUEST, RequestKind.HARDWARE});
        Channel channel = pick(new Channel[] {Channel.PHONE, Channel.PHONE, Channel.EMAIL, Channel.EMAIL,
            Channel.CHAT, Channel.REMOTE_ASSISTANCE, Channel.WEB});
        String operator = random.nextInt(3) == 0 ? SECOND_OPERATOR : OPERATOR;
        ServiceTicket t = new ServiceTicket(serviceNumbers.apply(year(openedAt)), customer, contact, channel, kind,
                severity, subject[italian ? 1 : 0], (italian ? "Segnalato da " : "Reported by ") + contact.getName()
                        + (italian ? " al telefono: " : " on the phone: ") + subject[italian ? 1 : 0] + ".",
                operator, openedAt);
        sink.accept(t);
        touched.add(t);
        Instant at = openedAt;

        at = at.plus(minutes(severity == Severity.HIGH ? 5 : 20, severity == Severity.HIGH ? 40 : 600));
        if (at.isAfter(now)) {
            return;
        }
        t.takeCharge(operator, at);
        at = at.plus(minutes(5, severity == Severity.HIGH ? 50 : 400));
        if (at.isAfter(now)) {
            return;
        }
        sink.accept(t.addComment(CommentVisibility.CUSTOMER, italian
                ? "Abbiamo preso in carico la sua richiesta e la stiamo analizzando."
                : "We have taken charge of your request and are looking into it.", operator, at));
        int analysis = 15 + random.nextInt(60);
        sink.accept(t.logTime(date(at), analysis, "Analysis with the customer", WorkLevel.HELP_DESK, operator, at));

        if (kind == RequestKind.SOFTWARE_BUG && random.nextInt(3) > 0) {
            at = at.plus(minutes(10, 120));
            if (at.isAfter(now)) {
                return;
            }
            ProgrammingTicket p = new ProgrammingTicket(programmingNumbers.apply(year(at)), severity,
                    subject[0], "Reproduced at the help desk. Steps and data in " + t.getNumber() + ".", operator,
                    at);
            sink.accept(p);
            touched.add(p);
            t.escalate(p, operator, at);
            if (!p.isBlocking()) {
                at = at.plus(minutes(60, 2 * 24 * 60));
                if (at.isAfter(now)) {
                    return;
                }
                p.schedule(date(at).plusDays(7 + random.nextInt(21)), "2026." + (1 + random.nextInt(4)), MANAGER, at);
            }
            at = at.plus(minutes(p.isBlocking() ? 10 : 24 * 60, p.isBlocking() ? 60 : 10 * 24 * 60));
            if (at.isAfter(now)) {
                return;
            }
            p.start(PROGRAMMER, at);
            at = at.plus(minutes(p.isBlocking() ? 60 : 240, p.isBlocking() ? 8 * 60 : 5 * 24 * 60));
            if (at.isAfter(now)) {
                return;
            }
            sink.accept(p.logTime(date(at), 60 + random.nextInt(420), "Fix and unit tests", WorkLevel.PROGRAMMING,
                    PROGRAMMER, at));
            p.markFixReady(PROGRAMMER, at);
            at = at.plus(minutes(30, 24 * 60));
            if (at.isAfter(now)) {
                return;
            }
            p.recordUpdateSent("5." + random.nextInt(9) + "." + random.nextInt(20), date(at),
                    italian ? "teleassistenza" : "remote installation", PROGRAMMER, at);
        } else {
            Instant asked = at;
            at = at.plus(minutes(30, severity == Severity.HIGH ? 6 * 60 : 3 * 24 * 60));
            boolean waiting = waits.nextInt(4) == 0;
            if (waiting) {
                // A question for the customer halfway: the resolution clock stands still until they answer.
                asked = asked.plus(Duration.between(asked, at).dividedBy(3));
                if (asked.isAfter(now)) {
                    return;
                }
                String question = italian ? "Può indicarci la versione del programma e il messaggio di errore esatto?"
                        : "Could you tell us the program's version and the exact error message?";
                t.waitForCustomer(question, operator, asked);
                sink.accept(t.addComment(CommentVisibility.CUSTOMER, question, operator, asked));
            }
            if (at.isAfter(now)) {
                return;
            }
            if (waiting) {
                t.customerAnswered("mail", asked.plus(Duration.between(asked, at).dividedBy(2)));
            }
            int solution = 20 + random.nextInt(120);
            sink.accept(t.logTime(date(at), solution, "Solution applied", WorkLevel.HELP_DESK, operator, at));
            t.markResolved(operator, at);
        }

        at = at.plus(minutes(60, 3 * 24 * 60));
        if (at.isAfter(now)) {
            return;
        }
        if (random.nextInt(10) == 0) {
            t.failVerification(italian ? "Il problema si ripresenta sul secondo PC." : "Still happens on the second PC.",
                    false, operator, at);
            return;
        }
        t.confirmVerification(italian ? "Verificato con il cliente: funziona." : "Verified with the customer: it works.",
                operator, at);
        at = at.plus(minutes(5, 24 * 60));
        if (at.isAfter(now)) {
            return;
        }
        int closure = 10 + random.nextInt(20);
        sink.accept(t.logTime(date(at), closure, "Closure call", WorkLevel.HELP_DESK, operator, at));
        t.agreeClosure(contact.getName(), Channel.PHONE, 0, date(at), operator, at);
        if (random.nextInt(25) == 0) {
            at = at.plus(minutes(24 * 60, 10 * 24 * 60));
            if (!at.isAfter(now)) {
                t.reopen(italian ? "Il cliente segnala di nuovo lo stesso errore." : "The customer reports the same error again.",
                        operator, at);
            }
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private Duration minutes(int least, int most) {
        return Duration.ofMinutes(least + random.nextInt(Math.max(1, most - least)));
    }

    /** Weekdays between 08:00 and 18:00 UTC, where calls happen. */
    private Instant businessHours(Instant at) {
        var time = at.atZone(ZoneOffset.UTC);
        switch (time.getDayOfWeek()) {
            case SATURDAY -> time = time.plusDays(2);
            case SUNDAY -> time = time.plusDays(1);
            default -> {
            }
        }
        return time.withHour(8 + random.nextInt(10)).withMinute(random.nextInt(60)).toInstant();
    }

    /** The help desk's day of {@code at}, as the services date what happens then. */
    private static LocalDate date(Instant at) {
        return HelpDeskCalendar.dateOf(at);
    }

    /** The help desk's year of {@code at}: the year of a ticket number opened then. */
    private static int year(Instant at) {
        return HelpDeskCalendar.yearOf(at);
    }
}

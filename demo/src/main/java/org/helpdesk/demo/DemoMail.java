package org.helpdesk.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import org.helpdesk.domain.customer.Contact;
import org.helpdesk.domain.customer.Customer;
import org.helpdesk.domain.mail.InboundMail;
import org.helpdesk.domain.mail.MailAttachment;
import org.helpdesk.domain.mail.MailError;
import org.helpdesk.domain.mail.OutboxMessage;
import org.helpdesk.domain.mail.ParsedMail;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.Comment;
import org.helpdesk.domain.ticket.CommentVisibility;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicket;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketNumber;
import org.helpdesk.domain.ticket.WorkLevel;
import org.helpdesk.domain.time.HelpDeskCalendar;
import org.helpdesk.infrastructure.mail.MailTemplates;

/**
 * The conversation by e-mail, for a new user to see at once: two tickets opened by a customer's mail (one Italian,
 * one English), each acknowledged, qualified, answered by an operator's customer update, answered again by the
 * customer with the quoted history and two attachments, and commented in an internal note; a ticket that still
 * waits for its kind and severity; a mail from a new address at a customer's domain (a new contact to confirm) and
 * one from an unknown sender, both waiting on the operator's home; and a mail too large to read, on the
 * administrator's "Mail errors" screen.
 * <p>
 * Everything is made as the mail intake and the outbox make it, through the domain, at fixed times before now: the
 * customers' mails as {@link ParsedMail}s with their headers, the help desk's mails as already sent (nothing is
 * mailed at start), with the Message-IDs and threading headers a customer's real answer finds the ticket again by.
 * Seeded: the same mails on every first run.
 */
final class DemoMail {

    /** Who opens the tickets that mails open, in their history, as the mail intake does. */
    private static final String MAIL_ACTOR = "mail";

    private final Random random = new Random(20261124L);
    private final Consumer<Object> sink;
    private final List<Customer> customers;
    private final String mailbox;
    private final String mailboxAddress;
    private final String ourAddress;
    private final Instant now;
    private final List<ServiceTicket> tickets = new ArrayList<>();
    private ServiceTicket vatTicket;

    /**
     * @param mailbox the code of the mailbox the customers wrote to
     * @param mailboxAddress its address, where the customers write and the answers go (Reply-To)
     * @param ourAddress the sender address of the help desk's mails, whose domain ends their Message-IDs
     */
    DemoMail(Consumer<Object> sink, List<Customer> customers, String mailbox, String mailboxAddress, String ourAddress,
            Instant now) {
        this.sink = sink;
        this.customers = customers;
        this.mailbox = mailbox;
        this.mailboxAddress = mailboxAddress;
        this.ourAddress = ourAddress;
        this.now = now;
    }

    /** The tickets the mails opened, numbered in turn with the rest of the calls. */
    List<DemoTickets.Scripted> calls() {
        Instant printing = weekdaysAgo(3, 7, 48);
        Instant vat = weekdaysAgo(1, 13, 5);
        Instant deliveryNotes = weekdaysAgo(1, 15, 10);
        Instant barcodes = weekdaysAgo(1, 16, 40);
        return List.of(
                new DemoTickets.Scripted(printing, number -> printingBlocked(number, printing)),
                new DemoTickets.Scripted(vat, number -> vatExport(number, vat)),
                new DemoTickets.Scripted(deliveryNotes, number -> newContact(number, deliveryNotes)),
                new DemoTickets.Scripted(barcodes, number -> awaitingQualification(number, barcodes)));
    }

    /** The mails on no ticket: one from an unknown sender, and one that could not be read. */
    void unassigned() {
        Instant at = weekdaysAgo(1, 17, 25);
        ParsedMail mail = new ParsedMail(gmailId(), "franco.gallo@posta.example", "Franco Gallo",
                List.of(mailboxAddress), List.of(), "Informazioni sul vostro gestionale per negozi", """
                Buonasera,

                ho tre negozi di ferramenta in provincia di Bergamo e cerco un gestionale con magazzino, cassa e \
                fatturazione elettronica. Potete mandarmi informazioni e un'idea dei prezzi?
                Preferisco essere ricontattato nel pomeriggio.

                Cordiali saluti
                Franco Gallo""", null, null, List.of(), Locale.ITALIAN, at.minusSeconds(75), false, null, List.of());
        InboundMail unknown = new InboundMail(mailbox, mail, at);
        unknown.waits(InboundMail.Attention.UNKNOWN_SENDER, null);
        sink.accept(unknown);

        // Mary Jones sent the whole database, as John Smith had promised: far over the size limit.
        long size = 28_734_112L;
        sink.accept(new MailError(mailbox, outlookId("DB9PR07MB7310"), "mary.jones@acme.example",
                "Database backup for the VAT export problem [" + vatTicket.getNumber() + "]", size,
                "The mail is " + megabytes(size) + ", over the limit of " + megabytes(20L * 1024 * 1024)
                        + " (helpdesk.mail.in.max-mb).",
                weekdaysAgo(1, 16, 20)));
    }

    /** Every ticket the mails opened, for the audit trail. */
    List<ServiceTicket> tickets() {
        return tickets;
    }

    // ---------------------------------------------------------------- the conversations

    /** Italian: invoices cannot be printed; the log and a screenshot come with the customer's answer. */
    private void printingBlocked(TicketNumber number, Instant openedAt) {
        Customer customer = customer("ROSSI");
        Contact giulia = customer.getContacts().get(0);
        Contact marco = customer.getContacts().get(1);
        String operator = DemoTickets.SECOND_OPERATOR;
        Instant at = openedAt;
        ZoneId rome = ZoneId.of("Europe/Rome");

        ParsedMail first = new ParsedMail(uuidId("rossi.example"), giulia.getEmail(), giulia.getName(),
                List.of(mailboxAddress), List.of(), "Errore 1042 nella stampa delle fatture", """
                Buongiorno,

                da stamattina la stampa delle fatture si blocca con l'errore 1042 su tutti e tre i PC \
                dell'amministrazione. Ieri sera funzionava e nel frattempo non abbiamo installato nulla.

                Abbiamo una trentina di fatture da spedire entro oggi: potete aiutarci con urgenza?

                Grazie""", signature(giulia, "Amministrazione"), null, List.of(), Locale.ITALIAN,
                at.minusSeconds(42), false, null, List.of());
        InboundMail opening = new InboundMail(mailbox, first, at);
        Opened opened = opened(number, customer, giulia, opening, at);
        ServiceTicket t = opened.ticket();

        at = at.plus(Duration.ofMinutes(12));
        t.editDetails(t.getSubject(), t.getDescription(), Channel.EMAIL, RequestKind.SOFTWARE_BUG, operator, at);
        t.changeSeverity(Severity.HIGH, operator, at);
        t.takeCharge(operator, at.plusSeconds(20));

        at = at.plus(Duration.ofMinutes(16));
        OutboxMessage reply = customerUpdate(opened, giulia, opening, """
                abbiamo preso in carico la segnalazione con priorità alta. Per capire dove si blocca la stampa ci \
                servono:
                - il file stampa.log che trova in C:\\Gestionale\\log sul PC da cui stampa;
                - una schermata del messaggio di errore.

                Può mandarceli rispondendo a questo messaggio?""", operator, at);

        at = at.plus(Duration.ofMinutes(47));
        String quoted = "Il " + DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(reply.getSentAt().atZone(rome))
                + ", " + ourAddress + " ha scritto:\n" + quote(reply.getBody());
        ParsedMail answer = new ParsedMail(uuidId("rossi.example"), giulia.getEmail(), giulia.getName(),
                List.of(mailboxAddress), List.of(marco.getEmail()), reply.getSubject(), """
                Buongiorno,

                in allegato il file di log e la schermata dell'errore, presa dal PC della reception. Metto in copia \
                il collega Marco Bianchi, che segue i PC dell'ufficio.

                Grazie""", signature(giulia, "Amministrazione") + "\n\n" + quoted, reply.getMessageId(),
                answerReferences(reply), Locale.ITALIAN, at.minusSeconds(31), false, null, List.of(
                        new ParsedMail.Attachment("stampa.log", "text/plain", printLog(at.minus(Duration.ofMinutes(
                                95)), rome)),
                        new ParsedMail.Attachment("errore-1042.png", "image/png", errorScreenshot())));
        customerAnswer(t, giulia, answer, at);

        at = at.plus(Duration.ofMinutes(22));
        sink.accept(t.addComment(CommentVisibility.INTERNAL, """
                Nel log: lo spooler del server di stampa rifiuta i lavori (accesso negato) da stamattina, dopo il \
                riavvio per gli aggiornamenti di Windows di stanotte. Non è il nostro programma: sentire il loro \
                tecnico per i permessi della coda FATTURE, poi riprovare con lei in teleassistenza.""", operator, at));
        sink.accept(t.logTime(date(at), 25, "Log analysis", WorkLevel.HELP_DESK, operator, at));
    }

    /** English: the VAT export misses codes; the export log and the accountant's list come with the answer. */
    private void vatExport(TicketNumber number, Instant openedAt) {
        Customer customer = customer("ACME");
        Contact john = customer.getContacts().get(0);
        Contact mary = customer.getContacts().get(1);
        String operator = DemoTickets.OPERATOR;
        Instant at = openedAt;
        ZoneId london = ZoneId.of("Europe/London");

        ParsedMail first = new ParsedMail(outlookId("LO2P265MB5104"), john.getEmail(), john.getName(),
                List.of(mailboxAddress), List.of(), "Export to accounting: VAT codes missing", """
                Hello,

                since last week the monthly export to our accounting package stops with "VAT codes missing" and \
                writes nothing. Our accountant needs the April figures by Friday.

                Can you have a look?

                Best regards""", signature(john, "Accounts"), null, List.of(), null, at.minusSeconds(64), false,
                null, List.of());
        InboundMail opening = new InboundMail(mailbox, first, at);
        Opened opened = opened(number, customer, john, opening, at);
        ServiceTicket t = opened.ticket();
        vatTicket = t;

        at = at.plus(Duration.ofMinutes(25));
        t.editDetails(t.getSubject(), t.getDescription(), Channel.EMAIL, RequestKind.SOFTWARE_BUG, operator, at);
        t.takeCharge(operator, at.plusSeconds(15));

        at = at.plus(Duration.ofMinutes(30));
        OutboxMessage reply = customerUpdate(opened, john, opening, """
                thank you for the details. Could you send us the export log (Accounting > Export > Show log > Save) \
                and the list of invoices your accountant flagged? Then we can see which VAT codes are missing.""",
                operator, at);

        at = at.plus(Duration.ofMinutes(105));
        String quoted = "On " + DateTimeFormatter.ofPattern("EEE, d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
                .format(reply.getSentAt().atZone(london)) + ", " + ourAddress + " wrote:\n" + quote(reply.getBody());
        ParsedMail answer = new ParsedMail(outlookId("LO2P265MB5104"), john.getEmail(), john.getName(),
                List.of(mailboxAddress), List.of(mary.getEmail()), reply.getSubject(), """
                Hi,

                here are the log and our accountant's list. All the invoices in question are from the new Leeds \
                branch, which we set up in April. Mary (in copy) will send you a backup of the database if you need \
                it.

                Thanks""", signature(john, "Accounts") + "\n\n" + quoted, reply.getMessageId(),
                answerReferences(reply), null, at.minusSeconds(48), false, null, List.of(
                        new ParsedMail.Attachment("export-2026-04.log", "text/plain", exportLog(at.minus(Duration
                                .ofMinutes(130)), london)),
                        new ParsedMail.Attachment("VAT check April.pdf", "application/pdf", accountantsList())));
        customerAnswer(t, john, answer, at);

        at = at.plus(Duration.ofMinutes(18));
        sink.accept(t.addComment(CommentVisibility.INTERNAL, """
                The log says "no mapping for VAT rate 20% (GB), branch LEEDS": the new branch has no VAT code \
                mapping under Settings > Accounting > VAT codes. Configuration, not a bug: I will add the mapping \
                with John tomorrow morning and run the export again with him.""", operator, at));
        sink.accept(t.logTime(date(at), 20, "Log analysis", WorkLevel.HELP_DESK, operator, at));
    }

    /** An address no contact has, at a customer's domain: a ticket is opened, the new contact waits to be confirmed. */
    private void newContact(TicketNumber number, Instant at) {
        Customer customer = customer("TRASPORTI-NORD");
        Contact paolo = customer.getContacts().get(0);
        String domain = paolo.getEmail().substring(paolo.getEmail().indexOf('@') + 1);
        ParsedMail mail = new ParsedMail(uuidId(domain), "luigi.ferrari@" + domain, "Luigi Ferrari",
                List.of(mailboxAddress), List.of(paolo.getEmail()), "Bolle di consegna: manca il campo targa", """
                Buongiorno,

                sono il nuovo responsabile della logistica. Nelle bolle di consegna stampate dal programma non \
                compare la targa del mezzo, che i nostri clienti ci chiedono da questo mese. Si può aggiungere?

                Metto in copia Paolo Neri, che mi ha dato questo indirizzo.

                Saluti""", "-- \nLuigi Ferrari\nLogistica - Trasporti Nord S.p.A.", null, List.of(), Locale.ITALIAN,
                at.minusSeconds(55), false, null, List.of());
        InboundMail in = new InboundMail(mailbox, mail, at);
        ServiceTicket t = ServiceTicket.fromMail(number, customer, null, mail.subject(), mail.text(), null,
                MAIL_ACTOR, at);
        sink.accept(t);
        tickets.add(t);
        in.opened(t, InboundMail.Attention.NEW_CONTACT);
        sink.accept(in);
        acknowledge(t, in, mail.fromName(), Locale.ITALIAN, at);
    }

    /** The last mail of the day: its ticket still waits for an operator to set its kind and severity. */
    private void awaitingQualification(TicketNumber number, Instant at) {
        Customer customer = customer("FARMAVERDE");
        Contact anna = customer.getContacts().get(0);
        ParsedMail mail = new ParsedMail(gmailId(), anna.getEmail(), anna.getName(), List.of(mailboxAddress),
                List.of(), "Il lettore non legge più i codici delle ricette", """
                Buongiorno,

                da questa mattina il lettore di codici a barre al banco non legge più i codici delle ricette \
                elettroniche: il programma non reagisce. I codici dei prodotti invece li legge.

                Abbiamo già provato a staccarlo e riattaccarlo.

                Grazie, Anna Verdi""", null, null, List.of(), Locale.ITALIAN, at.minusSeconds(38), false, null,
                List.of());
        InboundMail in = new InboundMail(mailbox, mail, at);
        opened(number, customer, anna, in, at);
    }

    // ---------------------------------------------------------------- as the intake and the outbox do it

    /** A ticket opened by a contact's mail, and the acknowledgement they got. */
    private record Opened(ServiceTicket ticket, OutboxMessage acknowledgement) {
    }

    private Opened opened(TicketNumber number, Customer customer, Contact contact, InboundMail in, Instant at) {
        ServiceTicket t = ServiceTicket.fromMail(number, customer, contact, in.getSubject(), in.getBody(), null,
                MAIL_ACTOR, at);
        sink.accept(t);
        tickets.add(t);
        in.opened(t, null);
        sink.accept(in);
        return new Opened(t, acknowledge(t, in, contact.getName(), contact.getLanguage(), at));
    }

    /** The acknowledgement of a new ticket, threaded under the sender's mail, sent a few seconds later. */
    private OutboxMessage acknowledge(ServiceTicket t, InboundMail in, String name, Locale language, Instant at) {
        MailTemplates.Rendered text = MailTemplates.render("mail.acknowledgement", language, t.getNumber(),
                t.getSubject(), name);
        OutboxMessage ack = new OutboxMessage("mail.acknowledgement", t.getNumber(), in.getFromAddress(), language,
                text.subject(), text.body(), at);
        sink.accept(ack);
        List<String> references = new ArrayList<>(in.getReferences());
        references.add(in.getMessageId());
        ack.thread(ourId(), in.getMessageId(), references, List.of(), mailboxAddress, null);
        ack.markSent(at.plusSeconds(3));
        return ack;
    }

    /**
     * A customer comment and its mail, as the ticket service writes them: to the contact, In-Reply-To the customer's
     * last mail, References the thread from its first mail, Reply-To the mailbox; sent a few seconds later.
     */
    private OutboxMessage customerUpdate(Opened opened, Contact to, InboundMail last, String text, String operator,
            Instant at) {
        ServiceTicket t = opened.ticket();
        Comment comment = t.addComment(CommentVisibility.CUSTOMER, text, operator, at);
        sink.accept(comment);
        MailTemplates.Rendered mail = MailTemplates.render("service.reply", to.getLanguage(), t.getNumber(),
                t.getSubject(), comment.getText(), to.getName());
        OutboxMessage reply = new OutboxMessage("service.reply", t.getNumber(), to.getEmail(), to.getLanguage(),
                mail.subject(), mail.body(), at);
        sink.accept(reply);
        // The thread so far: the customer's first mail and our acknowledgement of it.
        List<String> references = new ArrayList<>(last.getReferences());
        references.add(last.getMessageId());
        references.add(opened.acknowledgement().getMessageId());
        reply.thread(ourId(), last.getMessageId(), references, last.getCc(), mailboxAddress, comment.getId());
        reply.markSent(at.plusSeconds(4));
        return reply;
    }

    private void customerAnswer(ServiceTicket t, Contact from, ParsedMail answer, Instant at) {
        InboundMail in = new InboundMail(mailbox, answer, at);
        in.addedTo(t, from, null);
        sink.accept(in);
        for (int i = 0; i < answer.attachments().size(); i++) {
            sink.accept(new MailAttachment(in, i, answer.attachments().get(i)));
        }
    }

    /** As the outbox makes them: 128 random bits at the sender's domain. */
    private String ourId() {
        String domain = ourAddress.substring(ourAddress.lastIndexOf('@') + 1);
        return "hd." + Long.toUnsignedString(random.nextLong(), 36) + "." + Long.toUnsignedString(random.nextLong(), 36)
                + "@" + domain;
    }

    /** A customer's mail client answering ours: References ours, then its Message-ID. */
    private static List<String> answerReferences(OutboxMessage answered) {
        List<String> references = new ArrayList<>(answered.getReferences());
        references.add(answered.getMessageId());
        return references;
    }

    // ---------------------------------------------------------------- what the customers' mail clients make

    private String uuidId(String domain) {
        return HexFormat.of().formatHex(ByteBuffer.allocate(16).putLong(random.nextLong()).putLong(random
                .nextLong()).array()).replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5") + "@"
                + domain;
    }

    private String outlookId(String server) {
        return server + HexFormat.of().withUpperCase().formatHex(ByteBuffer.allocate(12).putLong(random.nextLong())
                .putInt(random.nextInt()).array()) + "@" + server + ".EURPRD07.PROD.OUTLOOK.COM";
    }

    private String gmailId() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder("CAF");
        for (int i = 0; i < 48; i++) {
            id.append(letters.charAt(random.nextInt(letters.length())));
        }
        return id.append("@mail.gmail.com").toString();
    }

    private static String signature(Contact contact, String office) {
        return "-- \n" + contact.getName() + "\n" + office + " - " + contact.getCustomer().getName() + "\n"
                + contact.getPhone();
    }

    /** The answered mail as a mail client quotes it. */
    private static String quote(String body) {
        StringBuilder quoted = new StringBuilder();
        body.strip().lines().forEach(line -> quoted.append(line.isEmpty() ? ">" : "> " + line).append('\n'));
        return quoted.toString().strip();
    }

    // ---------------------------------------------------------------- attachments, made here

    private static byte[] printLog(Instant end, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        Instant start = end.minus(Duration.ofMinutes(40));
        String queue = " INFO  Stampa fatture: 31 documenti, coda \\\\SRV01\\FATTURE";
        String log = String.join("\r\n",
                time.format(start.atZone(zone)) + " INFO  Gestionale 5.4.2 avviato (utente AMMINISTRAZIONE1)",
                time.format(start.plusSeconds(95).atZone(zone)) + queue,
                time.format(start.plusSeconds(96).atZone(zone)) + " ERROR 1042 Invio allo spooler non riuscito: "
                        + "accesso negato (0x00000005)",
                time.format(start.plusSeconds(96).atZone(zone)) + " INFO  Stampa annullata, nessun documento stampato",
                time.format(end.minusSeconds(300).atZone(zone)) + queue,
                time.format(end.minusSeconds(299).atZone(zone)) + " ERROR 1042 Invio allo spooler non riuscito: "
                        + "accesso negato (0x00000005)",
                time.format(end.minusSeconds(299).atZone(zone)) + " INFO  Stampa annullata, nessun documento stampato",
                "");
        return log.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] exportLog(Instant end, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        String log = String.join("\n",
                time.format(end.minusSeconds(12).atZone(zone)) + " Export to accounting, period 2026-04, 412 invoices",
                time.format(end.minusSeconds(9).atZone(zone)) + " Branch LONDON: 377 invoices, VAT codes mapped",
                time.format(end.minusSeconds(8).atZone(zone)) + " Branch LEEDS: 35 invoices",
                time.format(end.minusSeconds(8).atZone(zone)) + " ERROR no mapping for VAT rate 20% (GB), branch LEEDS"
                        + " (35 invoices)",
                time.format(end.minusSeconds(8).atZone(zone)) + " ERROR VAT codes missing: export stopped, no file "
                        + "written",
                "");
        return log.getBytes(StandardCharsets.UTF_8);
    }

    /** A screenshot of the error message: a dialog with its title bar, a red icon, two lines of text and a button. */
    private static byte[] errorScreenshot() {
        int width = 240;
        int height = 120;
        // Each row: filter type 0 (none), then red, green and blue of each pixel.
        byte[] rows = new byte[height * (1 + 3 * width)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            rows[at++] = 0;
            for (int x = 0; x < width; x++) {
                int rgb = 0xF2F2F2;
                if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
                    rgb = 0x7A7A7A;
                } else if (y < 20) {
                    rgb = 0x2B579A;
                } else if ((x - 30) * (x - 30) + (y - 55) * (y - 55) <= 144) {
                    boolean cross = Math.abs(x - 30 - (y - 55)) <= 1 || Math.abs(x - 30 + (y - 55)) <= 1;
                    rgb = cross && Math.abs(x - 30) <= 6 ? 0xFFFFFF : 0xD13438;
                } else if ((y >= 46 && y <= 50 && x >= 56 && x <= 210) || (y >= 58 && y <= 62 && x >= 56 && x <= 160)) {
                    rgb = 0x404040;
                } else if (x >= 160 && x <= 220 && y >= 88 && y <= 108) {
                    boolean edge = x == 160 || x == 220 || y == 88 || y == 108;
                    rgb = edge ? 0x2B579A : y >= 96 && y <= 99 && x >= 180 && x <= 200 ? 0x202020 : 0xFFFFFF;
                }
                rows[at++] = (byte) (rgb >> 16);
                rows[at++] = (byte) (rgb >> 8);
                rows[at++] = (byte) rgb;
            }
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
            out.write(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(name);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The accountant's list as a one-page PDF. */
    private static byte[] accountantsList() {
        List<String> lines = new ArrayList<>(List.of("Acme Tools Ltd - VAT check, April 2026",
                "Invoices without a VAT code in the accounting import:", ""));
        for (int i = 0; i < 12; i++) {
            lines.add(String.format(Locale.ROOT, "LEEDS/2026/%04d    %2d April 2026    VAT 20%%    GBP %,9.2f",
                    118 + i * 3, 2 + i * 2, 180.0 + i * 137.35));
        }
        lines.addAll(List.of("", "... and 23 more from branch LEEDS. All other branches: no findings.",
                "Checked by R. Patel, chartered accountant"));
        StringBuilder text = new StringBuilder("BT /F1 16 Tf 56 780 Td (").append(pdfText(lines.get(0)))
                .append(") Tj /F1 11 Tf");
        for (String line : lines.subList(1, lines.size())) {
            text.append(" 0 -18 Td (").append(pdfText(line)).append(") Tj");
        }
        String content = text.append(" ET").toString();
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d", offset)).append(" 00000 n \n");
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String pdfText(String line) {
        return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    // ---------------------------------------------------------------- helpers

    private Customer customer(String code) {
        return customers.stream().filter(c -> c.getCode().equals(code)).findFirst().orElseThrow();
    }

    /** {@code days} weekdays before today, at the given UTC time: always before now. */
    private Instant weekdaysAgo(int days, int hour, int minute) {
        LocalDate date = now.atZone(ZoneOffset.UTC).toLocalDate();
        for (int left = days; left > 0;) {
            date = date.minusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    private static LocalDate date(Instant at) {
        return HelpDeskCalendar.dateOf(at);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}

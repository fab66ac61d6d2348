package org.helpdesk.web.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.application.mail.ConversationService.EntryKind;
import org.helpdesk.application.mail.ConversationService.TimelineEntry;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;

/**
 * A service ticket's story in one list, oldest first (newest last, next to the reply box): the request as it was
 * opened, the customer's mails, the updates sent and the internal notes, the time entries and every change of the
 * history, each told in a sentence of the reader's language with people's names ("State: New → Taken in charge",
 * "Olivia Operator logged 20 min"). Comments and time entries are written once: the history's lines for them are
 * left out, the entries themselves say more.
 */
public final class TicketTimeline {

    /** How the screen words things: texts of its bundle, labels of values, people's names, durations. */
    interface Words {
        String text(String key, Object... arguments);

        String label(Enum<?> value);

        String name(String username);

        String minutes(long minutes);
    }

    /**
     * One line of the timeline.
     *
     * @param kind {@code CUSTOMER_MAIL}, {@code REPLY} or {@code NOTE} for the conversation (then {@code entry} holds
     *        it), {@code OPENED}, {@code TIME} or {@code CHANGE} for the rest
     * @param who the person's name (a mail's sender as the mail gives it)
     * @param sentence what happened, in a sentence; empty for the conversation's entries
     * @param detail a note, an activity, the request's text; may be empty
     */
    public record Item(Instant at, String kind, String who, String sentence, String detail, TimelineEntry entry) implements java.io.Serializable {

        /** Whether this is a mail, an update or a note (with its text, attachments and delivery). */
        public boolean isConversation() {
            return entry != null;
        }
    }

    /** The note the domain gives the link of an escalation (ServiceTicket#escalate). */
    private static final String ESCALATED = "escalated";

    /** The closure as the history records it ({@code Closure#summary}): "Giulia Rossi via PHONE". */
    private static final Pattern CLOSURE = Pattern.compile("(.*) via ([A-Z_]+)");
    private static final Pattern CLOSURE_MINUTES = Pattern.compile("(\\d+) minutes recorded");
    private static final Pattern PROGRAMMING_CLOSED = Pattern.compile("Programming ticket (\\S+) closed\\.");

    private TicketTimeline() {
    }

    static List<Item> of(ServiceTicketView ticket, List<TimelineEntry> conversation, List<TimeEntryView> time,
            List<AuditEntryView> audit, Words words) {
        List<Item> items = new ArrayList<>();
        for (TimelineEntry entry : conversation) {
            String who = entry.kind() == EntryKind.CUSTOMER_MAIL ? entry.author() : words.name(entry.author());
            items.add(new Item(entry.at(), entry.kind().name(), who, "", "", entry));
        }
        for (TimeEntryView entry : time) {
            String sentence = entry.reverses() != null
                    ? words.text("event.timeCorrected", words.minutes(entry.minutes()))
                    : words.text("event.time", words.minutes(entry.minutes()), words.label(entry.level()));
            items.add(new Item(entry.recordedAt(), "TIME", words.name(entry.staff()), sentence,
                    nullToEmpty(entry.activity()), null));
        }
        // A ticket opened by a mail tells its request with the mail itself.
        boolean openedByMail = ticket.channel() == Channel.EMAIL
                && conversation.stream().anyMatch(e -> e.kind() == EntryKind.CUSTOMER_MAIL);
        for (AuditEntryView change : audit) {
            Item item = change(ticket, change, openedByMail, words);
            if (item != null) {
                items.add(item);
            }
        }
        // Stable: what happened at the same instant keeps the order above (a comment before its history line).
        items.sort(Comparator.comparing(Item::at, Comparator.nullsFirst(Comparator.naturalOrder())));
        return List.copyOf(items);
    }

    /** @return the sentence for one line of the history, or null for the lines the timeline tells otherwise */
    private static Item change(ServiceTicketView ticket, AuditEntryView change, boolean openedByMail, Words words) {
        String who = words.name(change.actor());
        String note = nullToEmpty(change.note());
        String old = change.oldValue();
        String now = change.newValue();
        return switch (change.field()) {
            case "comment", "time" -> null;
            case "created" -> new Item(change.at(), "OPENED", who, words.text("event.created",
                    words.label(ticket.channel())), openedByMail ? "" : nullToEmpty(ticket.description()), null);
            case "state" -> new Item(change.at(), "CHANGE", who, words.text("event.state",
                    label(ServiceTicketState.class, old, words), label(ServiceTicketState.class, now, words)),
                    stateNote(note, words), null);
            case "assignee" -> new Item(change.at(), "CHANGE", who, old == null || old.isBlank()
                    ? words.text("event.assigned", words.name(now))
                    : words.text("event.reassigned", words.name(old), words.name(now)), note, null);
            case "severity" -> changed(change, who, "field.severity", label(Severity.class, old, words),
                    label(Severity.class, now, words), words);
            case "channel" -> changed(change, who, "field.channel", label(Channel.class, old, words),
                    label(Channel.class, now, words), words);
            case "kind" -> changed(change, who, "field.kind", label(RequestKind.class, old, words),
                    label(RequestKind.class, now, words), words);
            case "subject" -> changed(change, who, "field.subject", old, now, words);
            case "description" -> new Item(change.at(), "CHANGE", who, words.text("event.description"),
                    nullToEmpty(now), null);
            case "contact" -> new Item(change.at(), "CHANGE", who, words.text("event.contact", nullToEmpty(now)),
                    note, null);
            // The domain notes an escalation with the word "escalated": said in the reader's words, never shown as is.
            case "link" -> ESCALATED.equals(note)
                    ? new Item(change.at(), "CHANGE", who, words.text("event.escalated", nullToEmpty(now)), "", null)
                    : new Item(change.at(), "CHANGE", who, words.text("event.link", nullToEmpty(now)), note, null);
            case "verification" -> new Item(change.at(), "CHANGE", who, "CONFIRMED".equals(now)
                    ? words.text("event.verified") : words.text("event.verificationFailed"), note, null);
            case "closure" -> new Item(change.at(), "CHANGE", who, closure(now, words), closureNote(note, words),
                    null);
            case "reopen" -> new Item(change.at(), "CHANGE", who, words.text("event.reopened"), note, null);
            case "waiting" -> new Item(change.at(), "CHANGE", who, "RESUMED".equals(now)
                    ? words.text("event.resumed") : words.text("event.waiting"), note, null);
            default -> new Item(change.at(), "CHANGE", who, words.text("event.changed", words.text("change."
                    + change.field()), nullToEmpty(old), nullToEmpty(now)), note, null);
        };
    }

    private static Item changed(AuditEntryView change, String who, String fieldKey, String old, String now,
            Words words) {
        return new Item(change.at(), "CHANGE", who, words.text("event.changed", words.text(fieldKey),
                nullToEmpty(old), nullToEmpty(now)), nullToEmpty(change.note()), null);
    }

    /** "Giulia Rossi via PHONE" as "Closure agreed with Giulia Rossi by phone". */
    static String closure(String summary, Words words) {
        Matcher m = summary == null ? null : CLOSURE.matcher(summary);
        if (m != null && m.matches()) {
            return words.text("event.closure", m.group(1), label(Channel.class, m.group(2), words).toLowerCase(Locale.ROOT));
        }
        return words.text("event.closure", nullToEmpty(summary), "").strip();
    }

    private static String closureNote(String note, Words words) {
        Matcher m = CLOSURE_MINUTES.matcher(note);
        return m.matches() ? words.text("event.closureMinutes", words.minutes(Long.parseLong(m.group(1)))) : note;
    }

    private static String stateNote(String note, Words words) {
        Matcher m = PROGRAMMING_CLOSED.matcher(note);
        return m.matches() ? words.text("event.programmingClosed", m.group(1)) : note;
    }

    /** The label of a value stored by name; the name itself for one no longer known. */
    private static <E extends Enum<E>> String label(Class<E> type, String name, Words words) {
        if (name == null || name.isBlank()) {
            return "";
        }
        try {
            return words.label(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return name;
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

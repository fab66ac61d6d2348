package org.helpdesk.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.helpdesk.application.mail.ConversationService.EntryKind;
import org.helpdesk.application.mail.ConversationService.TimelineEntry;
import org.helpdesk.application.ticket.TicketViews.AuditEntryView;
import org.helpdesk.application.ticket.TicketViews.CustomerRef;
import org.helpdesk.application.ticket.TicketViews.ServiceTicketView;
import org.helpdesk.application.ticket.TicketViews.TimeEntryView;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.WorkLevel;
import org.junit.jupiter.api.Test;

/** The ticket's timeline tells everything once, in order, with people's names and no code of the program. */
class TicketTimelineTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final Map<String, String> TEXTS = Map.of(
            "event.created", "opened the ticket ({0})",
            "event.state", "State: {0} → {1}",
            "event.time", "logged {0} ({1})",
            "event.closure", "agreed the closure with {0} by {1}",
            "event.closureMinutes", "{0} added at closure",
            "event.verified", "recorded that it works",
            "event.programmingClosed", "Programming ticket {0} closed.",
            "event.escalated", "escalated the ticket to programming as {0}",
            "event.link", "linked programming ticket {0}");
    private static final Map<String, String> LABELS = Map.of(
            "NEW", "New", "TAKEN_IN_CHARGE", "Taken in charge", "AWAITING_VERIFICATION", "Awaiting verification",
            "IN_PROGRAMMING", "In programming", "PHONE", "Phone", "HELP_DESK", "Help desk");

    private static final TicketTimeline.Words WORDS = new TicketTimeline.Words() {
        @Override
        public String text(String key, Object... arguments) {
            return MessageFormat.format(TEXTS.getOrDefault(key, key), arguments);
        }

        @Override
        public String label(Enum<?> value) {
            return LABELS.getOrDefault(value.name(), value.name());
        }

        @Override
        public String name(String username) {
            return Map.of("operator", "Olivia Operator").getOrDefault(username, username);
        }

        @Override
        public String minutes(long minutes) {
            return minutes + " min";
        }
    };

    @Test
    void everythingIsToldOnceInOrderWithNamesAndLabels() {
        List<TicketTimeline.Item> items = TicketTimeline.of(ticket(), List.of(
                new TimelineEntry(EntryKind.REPLY, 1L, AT.plusSeconds(120), "operator", null, null, null,
                        "We are on it.", null, List.of(), List.of(), "SENT", null, null)),
                List.of(new TimeEntryView(2L, "HD-2026-000001", "operator", LocalDate.of(2026, 3, 2), 20,
                        "Driver reinstalled", WorkLevel.HELP_DESK, AT.plusSeconds(180), "operator", null)),
                List.of(audit(AT, "created", null, "NEW", "Printer"),
                        audit(AT.plusSeconds(60), "state", "NEW", "TAKEN_IN_CHARGE", null),
                        audit(AT.plusSeconds(120), "comment", null, "CUSTOMER", "We are on it."),
                        audit(AT.plusSeconds(180), "time", null, "20", "Driver reinstalled"),
                        audit(AT.plusSeconds(240), "state", "IN_PROGRAMMING", "AWAITING_VERIFICATION",
                                "Programming ticket PR-2026-000007 closed."),
                        audit(AT.plusSeconds(300), "closure", null, "Giulia Rossi via PHONE", "30 minutes recorded")),
                WORDS);

        assertEquals(List.of(
                "Olivia Operator|opened the ticket (Phone)|Offline since this morning",
                "Olivia Operator|State: New → Taken in charge|",
                "Olivia Operator||",
                "Olivia Operator|logged 20 min (Help desk)|Driver reinstalled",
                "Olivia Operator|State: In programming → Awaiting verification|Programming ticket PR-2026-000007 closed.",
                "Olivia Operator|agreed the closure with Giulia Rossi by phone|30 min added at closure"),
                items.stream().map(i -> i.who() + "|" + i.sentence() + "|" + i.detail()).toList());
        assertEquals("REPLY", items.get(2).kind());
    }

    /** An escalation reads as one, in the reader's words: the note the domain keeps for it is not shown. */
    @Test
    void anEscalationIsToldInWordsNotByItsNote() {
        List<TicketTimeline.Item> items = TicketTimeline.of(ticket(), List.of(), List.of(),
                List.of(audit(AT, "link", null, "PR-2026-000007", "escalated"),
                        audit(AT.plusSeconds(60), "link", null, "PR-2026-000008", null)),
                WORDS);

        assertEquals(List.of("Olivia Operator|escalated the ticket to programming as PR-2026-000007|",
                "Olivia Operator|linked programming ticket PR-2026-000008|"),
                items.stream().map(i -> i.who() + "|" + i.sentence() + "|" + i.detail()).toList());
    }

    private static AuditEntryView audit(Instant at, String field, String old, String now, String note) {
        return new AuditEntryView(1L, at, "operator", field, old, now, note);
    }

    private static ServiceTicketView ticket() {
        return new ServiceTicketView("HD-2026-000001", 0, ServiceTicketState.CLOSED, new CustomerRef("ROSSI",
                "Rossi Meccanica"), null, Channel.PHONE, RequestKind.HARDWARE, Severity.LOW, "Printer",
                "Offline since this morning", "operator", AT, "operator", List.of(), null, List.of(), null, 0, Set.of(),
                AT, "operator", false, null, null, null);
    }
}

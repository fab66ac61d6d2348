package org.helpdesk.web.rest;

import static org.helpdesk.web.rest.ParamsTest.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Map;
import org.helpdesk.domain.ticket.Channel;
import org.helpdesk.domain.ticket.RequestKind;
import org.helpdesk.domain.ticket.ServiceTicketState;
import org.helpdesk.domain.ticket.Severity;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;
import org.junit.jupiter.api.Test;

/** The filters of {@code GET /api/service-tickets} as a caller writes them in the query. */
class TicketQueryTest {

    @Test
    void noParameterListsEveryTicketNewestFirst() {
        TicketQuery query = query(Map.of());

        assertEquals(TicketFilter.all(), query.toFilter());
        assertEquals(TicketOrder.NEWEST_FIRST, query.order());
    }

    @Test
    void everyFilterIsReadFromItsParameter() {
        TicketQuery query = query(Map.ofEntries(Map.entry("customer", " ACME "), Map.entry("state", "taken_in_charge"),
                Map.entry("severity", "HIGH"), Map.entry("kind", "software_bug"), Map.entry("channel", "Email"),
                Map.entry("assignee", "anna"), Map.entry("from", "2026-03-01"),
                Map.entry("to", "2026-03-31T22:00:00Z"), Map.entry("text", "invoice"), Map.entry("open", "true"),
                Map.entry("unassigned", "FALSE"), Map.entry("sort", "-severity")));

        assertEquals(new TicketFilter("ACME", ServiceTicketState.TAKEN_IN_CHARGE, Severity.HIGH,
                RequestKind.SOFTWARE_BUG, Channel.EMAIL, "anna", Instant.parse("2026-02-28T23:00:00Z"),
                Instant.parse("2026-03-31T22:00:00Z"), "invoice", true, false), query.toFilter());
        assertEquals(new TicketOrder(TicketOrder.Column.SEVERITY, true), query.order());
    }

    @Test
    void anEmptyCustomerOrAssigneeFiltersNothing() {
        assertEquals(TicketFilter.all(), query(Map.of("customer", "", "assignee", "  ")).toFilter());
    }

    @Test
    void aFilterThatCannotBeReadIsRefusedNamingItsParameter() {
        assertRefused("'state' must be one of NEW, TAKEN_IN_CHARGE, IN_PROGRAMMING, AWAITING_VERIFICATION, VERIFIED,"
                + " CLOSED, not 'OPEN'.", () -> query(Map.of("state", "OPEN")).toFilter());
        assertRefused("'channel' must be one of PHONE, EMAIL, CHAT, REMOTE_ASSISTANCE, WEB, not 'fax'.",
                () -> query(Map.of("channel", "fax")).toFilter());
        assertRefused("'to' must be a date (2026-11-01) or an instant (2026-11-01T08:30:00Z), not 'tomorrow'.",
                () -> query(Map.of("to", "tomorrow")).toFilter());
        assertRefused("'open' must be true or false, not 'yes'.", () -> query(Map.of("open", "yes")).toFilter());
    }

    /** The query as JAX-RS fills it: each field from the parameter its {@code @QueryParam} names. */
    private static TicketQuery query(Map<String, String> parameters) {
        TicketQuery query = new TicketQuery();
        for (Field field : TicketQuery.class.getDeclaredFields()) {
            QueryParam param = field.getAnnotation(QueryParam.class);
            if (param != null && parameters.containsKey(param.value())) {
                field.setAccessible(true);
                try {
                    field.set(query, parameters.get(param.value()));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return query;
    }
}

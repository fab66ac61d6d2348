package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The count of a ticket list is the number of tickets its pages show, for every filter and every order: both are
 * answered from one predicate. Each filter's expected count is also worked out here from the tickets the test made,
 * so a filter that list and count both ignored would fail too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketCountIT {

    private static final String CUSTOMER = "CNTALL";
    private static final String[] KINDS = {"HARDWARE", "SOFTWARE_BUG", "SOFTWARE_NEW_REQUEST"};
    private static final String[] SEVERITIES = {"HIGH", "AVERAGE", "LOW", "SECONDARY"};
    private static final String[] CHANNELS = {"PHONE", "EMAIL", "CHAT"};
    private static final String[] SORTS = {"", "opened", "-changed", "severity", "-state", "customer"};

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    /** A ticket as the test made it: what each filter looks at. */
    record Made(String number, String state, String severity, String kind, String channel, String assignee,
            String subject, Instant openedAt) {
    }

    @Test
    void everyFilterCountsWhatItsPagesShowInEveryOrder() {
        long contact = Scenario.customerWithContact(CUSTOMER, "en", "owner@cntall.example");
        List<Made> made = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            String subject = (i % 4 == 0 ? "Printer jam " : "Login fails ") + i;
            JsonObject t = Scenario.ok(Api.post("service-tickets", Json.createObjectBuilder().add("customer", CUSTOMER)
                    .add("contactId", contact).add("channel", CHANNELS[i % 3]).add("kind", KINDS[i % 3 == 0 ? 0 : i % 2 + 1])
                    .add("severity", SEVERITIES[i % 4]).add("subject", subject)
                    .add("description", "Counted call " + i).build().toString(), "operator", Scenario.PASSWORD), 201);
            if (i % 3 != 0) {
                t = Scenario.service(t, "take-charge", body());
            }
            if (i % 3 != 0 && i % 5 == 1) {
                t = Scenario.service(t, "resolution", body());
            }
            if (i % 10 == 1) {
                t = Scenario.service(t, "verification", body().add("works", true));
                t = Scenario.service(t, "closure", body().add("agreedWith", "The owner").add("how", "PHONE")
                        .add("minutesSpent", 10));
            }
            made.add(new Made(t.getString("number"), t.getString("state"), t.getString("severity"),
                    t.getString("kind"), t.getString("channel"),
                    !t.containsKey("assignedOperator") || t.isNull("assignedOperator") ? null
                            : t.getString("assignedOperator"), subject,
                    Instant.parse(t.getString("openedAt"))));
        }
        Instant middle = made.get(9).openedAt();

        Map<String, Predicate<Made>> filters = new LinkedHashMap<>();
        filters.put("", m -> true);
        for (String state : List.of("NEW", "TAKEN_IN_CHARGE", "AWAITING_VERIFICATION", "CLOSED", "VERIFIED")) {
            filters.put("state=" + state, m -> m.state().equals(state));
        }
        for (String severity : SEVERITIES) {
            filters.put("severity=" + severity, m -> m.severity().equals(severity));
        }
        for (String kind : KINDS) {
            filters.put("kind=" + kind, m -> m.kind().equals(kind));
        }
        for (String channel : CHANNELS) {
            filters.put("channel=" + channel, m -> m.channel().equals(channel));
        }
        filters.put("assignee=operator", m -> "operator".equals(m.assignee()));
        filters.put("text=printer", m -> m.subject().startsWith("Printer"));
        filters.put("open=true", m -> !m.state().equals("CLOSED"));
        filters.put("unassigned=true", m -> m.assignee() == null);
        filters.put("from=" + middle, m -> !m.openedAt().isBefore(middle));
        filters.put("to=" + middle, m -> m.openedAt().isBefore(middle));
        filters.put("severity=HIGH&open=true", m -> m.severity().equals("HIGH") && !m.state().equals("CLOSED"));
        filters.put("kind=HARDWARE&unassigned=true", m -> m.kind().equals("HARDWARE") && m.assignee() == null);
        filters.put("text=login&state=TAKEN_IN_CHARGE&channel=EMAIL", m -> m.subject().startsWith("Login")
                && m.state().equals("TAKEN_IN_CHARGE") && m.channel().equals("EMAIL"));
        filters.put("from=" + middle + "&severity=LOW&open=true", m -> !m.openedAt().isBefore(middle)
                && m.severity().equals("LOW") && !m.state().equals("CLOSED"));

        for (Map.Entry<String, Predicate<Made>> filter : filters.entrySet()) {
            String query = "customer=" + CUSTOMER + (filter.getKey().isEmpty() ? "" : "&" + encoded(filter.getKey()));
            long expected = made.stream().filter(filter.getValue()).count();
            long counted = Scenario.get("service-tickets/count?" + query).getJsonNumber("count").longValue();
            assertEquals(expected, counted, "count of " + filter.getKey());
            for (String sort : SORTS) {
                List<String> listed = paged(query + (sort.isEmpty() ? "" : "&sort=" + sort));
                assertEquals(counted, listed.size(), "pages of " + filter.getKey() + " sorted by '" + sort + "'");
                assertEquals(made.stream().filter(filter.getValue()).map(Made::number).sorted().toList(),
                        listed.stream().sorted().toList(), "tickets of " + filter.getKey() + " sorted by '" + sort + "'");
            }
        }
    }

    /** Every number the list shows, following {@code next} five at a time. */
    private static List<String> paged(String query) {
        List<String> numbers = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = Scenario.get("service-tickets?limit=5&" + query
                    + (after == null ? "" : "&after=" + after));
            page.getJsonArray("items").forEach(v -> numbers.add(v.asJsonObject().getString("number")));
            after = !page.containsKey("next") || page.isNull("next") ? null : page.getString("next");
        } while (after != null);
        return numbers;
    }

    private static String encoded(String query) {
        return java.util.Arrays.stream(query.split("&")).map(pair -> {
            int eq = pair.indexOf('=');
            return pair.substring(0, eq) + "=" + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        }).collect(Collectors.joining("&"));
    }
}

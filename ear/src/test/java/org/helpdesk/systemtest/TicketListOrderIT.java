package org.helpdesk.systemtest;

import static org.helpdesk.systemtest.Scenario.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The sorted ticket list: every order pages through all matching tickets by keyset, in both directions, without a
 * ticket twice or one left out; over REST, in the CSV export and on the Tickets screen, where a column header sorts
 * and says how (aria-sort).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketListOrderIT {

    /** Only this class's tickets have it in their subject: the text filter keeps the lists to them. */
    private static final String TOKEN = "Zebrafish";
    private static final List<String> SEVERITIES = List.of("HIGH", "AVERAGE", "LOW", "SECONDARY");
    private static final List<String> STATES = List.of("NEW", "TAKEN_IN_CHARGE", "IN_PROGRAMMING",
            "AWAITING_VERIFICATION", "VERIFIED", "CLOSED");
    /** How each sort orders two tickets, before the tie-break on creation (the id; the number grows with it). */
    private static final Map<String, Comparator<JsonObject>> KEYS = Map.of(
            "opened", Comparator.comparing(t -> Instant.parse(t.getString("openedAt"))),
            "changed", Comparator.comparing(t -> Instant.parse(t.getString("lastModifiedAt"))),
            "severity", Comparator.comparing(t -> SEVERITIES.indexOf(t.getString("severity"))),
            "state", Comparator.comparing(t -> STATES.indexOf(t.getString("state"))),
            "customer", Comparator.comparing(t -> t.getString("customerCode")));

    private static final List<String> created = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.ear();
    }

    @BeforeAll
    static void tickets() {
        long b = Scenario.customerWithContact("ZLB", "en", "b@zl.example");
        long a = Scenario.customerWithContact("ZLA", "it", "a@zl.example");
        long c = Scenario.customerWithContact("ZLC", "en", "c@zl.example");
        List<JsonObject> t = new ArrayList<>();
        t.add(Scenario.open("ZLB", b, "HARDWARE", "LOW", TOKEN + " printer 1"));
        t.add(Scenario.open("ZLA", a, "SOFTWARE_BUG", "HIGH", TOKEN + " invoices 2"));
        t.add(Scenario.open("ZLC", c, "HARDWARE", "AVERAGE", TOKEN + " scanner 3"));
        t.add(Scenario.open("ZLA", a, "SOFTWARE_NEW_REQUEST", "SECONDARY", TOKEN + " report 4"));
        t.add(Scenario.open("ZLB", b, "SOFTWARE_BUG", "HIGH", TOKEN + " stock 5"));
        t.add(Scenario.open("ZLC", c, "HARDWARE", "LOW", TOKEN + " mouse 6"));
        t.add(Scenario.open("ZLA", a, "HARDWARE", "AVERAGE", TOKEN + " screen 7"));
        t.forEach(ticket -> created.add(ticket.getString("number")));
        // Changed in another order than opened, into three states.
        Scenario.service(t.get(4), "take-charge", body());
        Scenario.service(t.get(0), "take-charge", body());
        JsonObject third = Scenario.service(t.get(2), "take-charge", body());
        Scenario.service(third, "resolution", body());
    }

    @Test
    void everyOrderPagesThroughAllTicketsInBothDirectionsWithoutDuplicatesOrGaps() {
        List<JsonObject> all = pages("-opened", 500);
        assertEquals(new HashSet<>(created), new HashSet<>(numbers(all)), "the text filter finds this class's tickets");
        for (String column : KEYS.keySet()) {
            Comparator<JsonObject> ascending = KEYS.get(column).thenComparing(t -> t.getString("number"));
            for (String sort : List.of(column, "-" + column)) {
                Comparator<JsonObject> order = sort.startsWith("-") ? ascending.reversed() : ascending;
                List<String> expected = numbers(all.stream().sorted(order).toList());

                List<String> paged = numbers(pages(sort, 2));

                assertEquals(expected, paged, "sort=" + sort + " in pages of 2");
                assertEquals(paged.size(), new HashSet<>(paged).size(), "no ticket twice with sort=" + sort);
            }
        }
    }

    @Test
    void aTicketWithoutAnOperatorCannotBeMovedPastNewByHand() {
        long contact = Scenario.customerWithContact("ZUN", "en", "u@zu.example");
        String number = Scenario.open("ZUN", contact, "HARDWARE", "LOW", "Unassigned by hand").getString("number");

        // What the list's unassigned filter relies on: only New tickets are without an operator.
        SQLException refused = assertThrows(SQLException.class,
                () -> TestDatabase.update("UPDATE service_ticket SET state = 'TAKEN_IN_CHARGE' WHERE number = ?",
                        number));
        assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("ck_service_ticket_unassigned_new"),
                refused.getMessage());
    }

    @Test
    void anUnknownSortIsABadRequestNamingTheAcceptedOnes() {
        HttpResponse<String> response = Api.get("service-tickets?sort=priority", "operator", Scenario.PASSWORD);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        String detail = Api.json(response).getString("detail");
        assertTrue(detail.contains("'sort' must be one of opened, changed, severity, state, customer"), detail);
    }

    @Test
    void aCursorOfAnotherOrderIsRefusedRatherThanMisread() {
        JsonObject first = Scenario.get("service-tickets?limit=2&sort=severity&text=" + TOKEN);

        HttpResponse<String> response = Api.get("service-tickets?limit=2&sort=-customer&text=" + TOKEN + "&after="
                + first.getString("next"), "operator", Scenario.PASSWORD);

        assertEquals(422, response.statusCode(), response.body());
        assertTrue(Api.json(response).getString("detail").contains("another order"), response.body());
    }

    @Test
    void theCsvExportFollowsTheSameOrder() {
        List<String> listed = numbers(pages("-severity", 500));

        HttpResponse<byte[]> response = Api.getBytes("exports/service-tickets?sort=-severity&text=" + TOKEN,
                "operator", Scenario.PASSWORD);

        assertEquals(200, response.statusCode());
        byte[] body = response.body();
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(listed, lines.subList(1, lines.size()).stream().map(l -> l.substring(1, l.indexOf("\",")))
                .toList());
    }

    @Test
    void aColumnHeaderSortsTheScreenAndSaysHowByMouseAndKeyboard() {
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/tickets/list.xhtml?text=" + TOKEN);
            assertEquals("descending", ariaSort(browser, "opened"));
            assertEquals("none", ariaSort(browser, "severity"));

            browser.click("sort-severity");

            assertEquals("ascending", ariaSort(browser, "severity"));
            assertEquals("none", ariaSort(browser, "opened"));
            assertEquals(numbers(pages("severity", 500)), shown(browser));
            assertTrue(browser.driver.getCurrentUrl().contains("sort=severity"), browser.driver.getCurrentUrl());
            assertTrue(browser.driver.getCurrentUrl().contains("text=" + TOKEN), "the filter stays in the address");
            browser.screenshot("ticket-list-by-severity");

            browser.element("sort-severity").sendKeys(Keys.ENTER);
            browser.waitFor(By.cssSelector("th[aria-sort='descending'] #sort-severity"));

            assertEquals(numbers(pages("-severity", 500)), shown(browser));
            assertTrue(browser.driver.getCurrentUrl().contains("sort=-severity"), browser.driver.getCurrentUrl());
        }
    }

    private static String ariaSort(Browser browser, String column) {
        return browser.element("sort-" + column).findElement(By.xpath("..")).getAttribute("aria-sort");
    }

    private static List<String> shown(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#tickets tbody tr td:first-child a")).stream()
                .map(a -> a.getText().strip()).toList();
    }

    /** Every page of the list in {@code sort}, following {@code next}. */
    private static List<JsonObject> pages(String sort, int limit) {
        List<JsonObject> items = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = Scenario.get("service-tickets?limit=" + limit + "&text=" + TOKEN + "&sort="
                    + URLEncoder.encode(sort, StandardCharsets.UTF_8) + (after == null ? "" : "&after=" + after));
            page.getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
            after = !page.containsKey("next") || page.isNull("next") ? null : page.getString("next");
            assertTrue(++pages <= created.size() + 1, "paging ends");
        } while (after != null);
        return items;
    }

    private static List<String> numbers(List<JsonObject> tickets) {
        Function<JsonObject, String> number = t -> t.getString("number");
        return tickets.stream().map(number).toList();
    }
}

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
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The sorted ticket list: every order pages through all matching tickets by keyset, in both directions, without a
 * ticket twice or one left out, alone and with the filters that fix the sorted value or the ranks it can take;
 * tickets with the same value follow in the order they were opened; over REST, in the CSV export and on the
 * Tickets screen, where a column header sorts and says how (aria-sort).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketListOrderIT {

    /** Only this class's tickets have it in their subject: the text filter keeps the lists to them. */
    private static final String TOKEN = "Zebrafish";
    private static final List<String> SEVERITIES = List.of("HIGH", "AVERAGE", "LOW", "SECONDARY");
    private static final List<String> STATES = List.of("NEW", "TAKEN_IN_CHARGE", "IN_PROGRAMMING",
            "AWAITING_VERIFICATION", "VERIFIED", "CLOSED");
    /**
     * How each sort orders two tickets, before the tie-breaks: the opening time, then creation (the id; the number
     * grows with it).
     */
    private static final Map<String, Comparator<JsonObject>> KEYS = Map.of(
            "opened", Comparator.comparing(t -> Instant.parse(t.getString("openedAt"))),
            "changed", Comparator.comparing(t -> Instant.parse(t.getString("lastModifiedAt"))),
            "severity", Comparator.comparing(t -> SEVERITIES.indexOf(t.getString("severity"))),
            "state", Comparator.comparing(t -> STATES.indexOf(t.getString("state"))),
            "customer", Comparator.comparing(t -> t.getString("customerCode")));

    private static final List<String> created = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
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
            for (String sort : List.of(column, "-" + column)) {
                List<String> expected = numbers(all.stream().sorted(order(sort)).toList());

                List<String> paged = numbers(pages(sort, 2));

                assertEquals(expected, paged, "sort=" + sort + " in pages of 2");
                assertEquals(paged.size(), new HashSet<>(paged).size(), "no ticket twice with sort=" + sort);
            }
        }
    }

    @Test
    void aFilterOnTheSortedColumnOrOnItsRanksPagesThroughTheSameTickets() {
        List<JsonObject> all = pages("-opened", 500);
        Map<String, Predicate<JsonObject>> filters = Map.of(
                "severity=HIGH", t -> t.getString("severity").equals("HIGH"),
                "state=NEW", t -> t.getString("state").equals("NEW"),
                "customer=ZLA", t -> t.getString("customerCode").equals("ZLA"),
                "open=true", t -> !t.getString("state").equals("CLOSED"),
                "unassigned=true", TicketListOrderIT::unassigned,
                "open=true&unassigned=true", TicketListOrderIT::unassigned,
                "open=true&state=TAKEN_IN_CHARGE", t -> t.getString("state").equals("TAKEN_IN_CHARGE"));
        for (Map.Entry<String, java.util.function.Predicate<JsonObject>> filter : filters.entrySet()) {
            for (String column : KEYS.keySet()) {
                for (String sort : List.of(column, "-" + column)) {
                    List<String> expected = numbers(all.stream().filter(filter.getValue()).sorted(order(sort))
                            .toList());

                    List<String> paged = numbers(pagesOf(filter.getKey() + "&sort=" + sort, 1));

                    assertEquals(expected, paged, filter.getKey() + "&sort=" + sort + " in pages of 1");
                }
            }
        }
    }

    @Test
    void ticketsWithTheSameValueFollowInTheOrderTheyWereOpened() throws SQLException {
        long contact = Scenario.customerWithContact("ZTO", "en", "o@zt.example");
        String first = Scenario.open("ZTO", contact, "HARDWARE", "HIGH", "Quokka first").getString("number");
        String second = Scenario.open("ZTO", contact, "HARDWARE", "HIGH", "Quokka second").getString("number");
        String third = Scenario.open("ZTO", contact, "HARDWARE", "HIGH", "Quokka third").getString("number");
        // The last one created was opened first (a ticket recorded after the call, say): it leads every tie.
        assertEquals(1, TestDatabase.update("UPDATE service_ticket SET opened_at = opened_at - INTERVAL '1' DAY"
                + " WHERE number = ?", third));

        for (String sort : List.of("severity", "state", "customer")) {
            assertEquals(List.of(third, first, second), numbers(pagesOf("text=Quokka&sort=" + sort, 2)), sort);
            assertEquals(List.of(second, first, third), numbers(pagesOf("text=Quokka&sort=-" + sort, 2)), "-" + sort);
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

    private static boolean unassigned(JsonObject ticket) {
        return !ticket.containsKey("assignedOperator") || ticket.isNull("assignedOperator");
    }

    /** The order {@code sort} lists tickets in: its value, then the opening time, then the number. */
    private static Comparator<JsonObject> order(String sort) {
        String column = sort.startsWith("-") ? sort.substring(1) : sort;
        Comparator<JsonObject> ascending = KEYS.get(column)
                .thenComparing(t -> Instant.parse(t.getString("openedAt")))
                .thenComparing(t -> t.getString("number"));
        return sort.startsWith("-") ? ascending.reversed() : ascending;
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
    @Tag(Browser.TAG)
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

    /** Every page of this class's tickets in {@code sort}, following {@code next}. */
    private static List<JsonObject> pages(String sort, int limit) {
        return pagesOf("text=" + TOKEN + "&sort=" + URLEncoder.encode(sort, StandardCharsets.UTF_8), limit);
    }

    /** Every page of the list with the filters and order of {@code query}, following {@code next}. */
    private static List<JsonObject> pagesOf(String query, int limit) {
        List<JsonObject> items = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonObject page = Scenario.get("service-tickets?limit=" + limit + "&" + query
                    + (query.contains("text=") ? "" : "&text=" + TOKEN) + (after == null ? "" : "&after=" + after));
            page.getJsonArray("items").forEach(v -> items.add(v.asJsonObject()));
            after = !page.containsKey("next") || page.isNull("next") ? null : page.getString("next");
            assertTrue(++pages <= 50, "paging ends");
        } while (after != null);
        return items;
    }

    private static List<String> numbers(List<JsonObject> tickets) {
        Function<JsonObject, String> number = t -> t.getString("number");
        return tickets.stream().map(number).toList();
    }
}

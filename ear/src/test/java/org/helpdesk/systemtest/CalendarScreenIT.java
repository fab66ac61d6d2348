package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The administrator's calendar screen in a real browser: working hours typed per weekday, a local holiday added and
 * removed, an iCalendar file uploaded, a range that is none refused. Each test leaves the hours as it found them and
 * closes days in 2032 only, which it opens again (other tests compute due times with the calendar).
 */
@Tag(Browser.TAG)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarScreenIT {

    private TestCalendar before;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @BeforeEach
    void rememberTheCalendar() {
        before = TestCalendar.remember(2032);
    }

    @AfterEach
    void leaveTheCalendarAsItWas() {
        before.restore();
    }

    @Test
    void theAdministratorSetsTheWorkingHoursAndAddsALocalHoliday() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.click("nav-calendar");
            assertEquals("Monday", browser.driver.findElement(By.cssSelector("label[for='week:days:0:hours']"))
                    .getText());

            browser.type("week:days:0:hours", "08:30-12:30 14:00-18:00");
            browser.type("week:days:5:hours", "9:00 - 12:00");
            browser.click("week:saveWeek");

            browser.waitForText("messages", "The working hours were saved.");
            assertTrue(browser.text("week-changed").startsWith("Last changed by admin on "),
                    browser.text("week-changed"));
            assertEquals("09:00-12:00", browser.element("week:days:5:hours").getAttribute("value"));
            assertTrue(TestDatabase.column("SELECT working_hours FROM calendar_week").get(0)
                    .matches("MON 08:30-12:30 14:00-18:00; TUE .*; SAT 09:00-12:00"));
            assertTrue(browser.text("changes").contains("Working hours changed"), browser.text("changes"));

            browser.typeDate("closed:first_input", "2032-06-24");
            browser.type("closed:name", "San Giovanni");
            browser.click("closed:addClosedDays");

            browser.waitForText("messages", "The closed days \"San Giovanni\" were added.");
            assertTrue(browser.text("closed:closedDays").contains("San Giovanni"), browser.text("closed:closedDays"));
            assertTrue(browser.text("changes").contains("2032-06-24 San Giovanni"), browser.text("changes"));
            assertEquals(List.of("2032-06-24|2032-06-24|admin"), TestDatabase.column("SELECT first_day || '|'"
                    + " || last_day || '|' || added_by FROM calendar_closure WHERE name = ? AND first_day = ?",
                    "San Giovanni", LocalDate.of(2032, 6, 24)));
            ((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0);");
            browser.screenshot("calendar");

            browser.clickElement(browser.driver.findElement(By.cssSelector("[aria-label='Remove: San Giovanni']")));
            browser.waitForText("messages", "The closed days \"San Giovanni\" were removed.");
            assertTrue(!browser.text("closed:closedDays").contains("San Giovanni"));
        }
    }

    @Test
    void anICalendarFileIsUploadedAndItsDaysListed() throws Exception {
        Path file = Files.createTempFile("closures", ".ics");
        try (Browser browser = Browser.open()) {
            Files.writeString(file, "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20320816\r\n"
                    + "DTEND;VALUE=DATE:20320828\r\nSUMMARY:Chiusura estiva 2032\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                    StandardCharsets.UTF_8);
            browser.signIn("admin");
            browser.go("app/admin/calendar.xhtml");

            browser.element("import:file").sendKeys(file.toAbsolutePath().toString());
            browser.click("import:importFile");

            browser.waitForText("messages", "Closed days added: 1; skipped because closed already: 0.");
            assertTrue(browser.text("closed:closedDays").contains("Chiusura estiva 2032"),
                    browser.text("closed:closedDays"));
            assertTrue(browser.text("changes").contains("Closed days imported"), browser.text("changes"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void hoursThatAreNoRangeAreRefusedAndNothingIsSaved() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.go("app/admin/calendar.xhtml");

            browser.type("week:days:2:hours", "9-13");
            browser.click("week:saveWeek");

            browser.waitForText("messages", "\"9-13\" is not a range of hours: write it as 08:30-12:30.");
            assertEquals(before.week(), TestDatabase.column("SELECT working_hours FROM calendar_week").get(0));
            assertEquals("9-13", browser.element("week:days:2:hours").getAttribute("value"), "what was typed stays");
        }
    }

    @Test
    void hoursChangedMeanwhileAreNotOverwrittenAndTheScreenOffersThemReloaded() {
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.go("app/admin/calendar.xhtml");
            // Another administrator changes the hours meanwhile.
            JsonObject now = Scenario.ok(Api.get("calendar", "admin", Scenario.PASSWORD), 200);
            Scenario.ok(Api.put("calendar/week", Scenario.body().add("version", now.getJsonNumber("version")
                    .longValue()).add("week", "MON 07:00-11:00").build().toString(), "admin", Scenario.PASSWORD), 200);

            browser.type("week:days:0:hours", "10:00-12:00");
            browser.click("week:saveWeek");

            browser.waitForText("messages", "The working week was changed by admin at ");
            assertTrue(browser.text("messages").endsWith("after you opened it: nothing was saved. Reload it and try"
                    + " again."), browser.text("messages"));
            browser.click("stale-form:stale");
            assertEquals("07:00-11:00", browser.element("week:days:0:hours").getAttribute("value"));
            assertEquals("", browser.element("week:days:1:hours").getAttribute("value"));
        }
    }

    @Test
    void theScreenFitsAPhone() {
        try (Browser browser = Browser.open()) {
            browser.driver.manage().window().setSize(new Dimension(390, 844));
            browser.signIn("admin");
            browser.go("app/admin/calendar.xhtml");

            assertTrue(browser.text("holidays").contains("Christmas Day"), browser.text("holidays"));
            Object overflow = ((JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "no sideways scrolling on a phone");
            browser.screenshot("calendar-phone");
        }
    }
}

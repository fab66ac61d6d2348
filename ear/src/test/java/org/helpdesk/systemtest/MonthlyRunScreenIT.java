package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.icegreen.greenmail.util.GreenMail;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The monthly report run screen: administrators only, live progress, re-send, archive; accessible. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonthlyRunScreenIT {

    private static final String SCREEN = "app/admin/monthly-reports.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.ear();
    }

    @Test
    void onlyAdministratorsOpenTheScreen() {
        HttpResponse<String> anonymous = Api.get("../" + SCREEN);
        assertEquals(200, anonymous.statusCode());
        assertTrue(anonymous.body().contains("id=\"signin:username\""), "the sign-in form");
        for (String user : List.of("operator", "programmer", "manager", "auditor")) {
            assertEquals(403, Api.get("../" + SCREEN, user, "demo").statusCode(), user);
        }
        assertEquals(200, Api.get("../" + SCREEN, "admin", "demo").statusCode());
    }

    @Test
    void anAdministratorSendsOneCustomersReportAgainAndWatchsTheRunComplete() throws Exception {
        long contact = Scenario.customerWithContact("MRSCREEN", "it", "reports@mrscreen.example");
        Scenario.open("MRSCREEN", contact, "HARDWARE", "LOW", "Printer jammed");
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try (Browser browser = Browser.open()) {
            browser.signIn("admin");
            browser.go(SCREEN);
            assertNoSeriousViolation(browser, "monthly reports, before any run");
            browser.type("start:month", month);
            browser.type("start:customer", "mrscreen");
            browser.click("start:resend");
            browser.waitForText("runs:executions", "COMPLETED");
            browser.waitForText("runs:executions", "1 / 1");
            assertTrue(browser.text("messages").contains("MRSCREEN"), browser.text("messages"));
            assertEquals(1, smtp.getReceivedMessages().length);
            assertNoSeriousViolation(browser, "monthly reports, with a run");

            browser.type("archive:archiveMonth", month);
            browser.click("archive:show");
            browser.waitForText("archive:reports", "MRSCREEN - MRSCREEN S.r.l.");
            browser.screenshot("monthly-reports");
        } finally {
            smtp.stop();
        }
    }

    private static void assertNoSeriousViolation(Browser browser, String screen) {
        List<Rule> serious = new AxeBuilder().analyze(browser.driver).getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertTrue(serious.isEmpty(), screen + ": " + serious.stream()
                .map(v -> v.getImpact() + " " + v.getId() + " (" + v.getHelp() + ") at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
    }
}

package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    private static final Pattern REFERENCE = Pattern.compile("(?:reference|riferimento) ([0-9a-f-]{36})");

    /**
     * The EAR as users deploy it, plus a caller with a bug in its REST API ({@link FaultyCaller}) and a screen with
     * bugs ({@link FaultyScreen}).
     */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = HelpdeskDeployment.withDemoData();
        ear.getAsType(WebArchive.class, "helpdesk-web.war").addClasses(FaultyCaller.class, FaultyScreen.class)
                .addAsWebResource("faulty-screen.xhtml", "app/faulty-screen.xhtml");
        return ear;
    }

    @Test
    void anUnknownApiAddressAnswers404AsAProblemDocument() {
        HttpResponse<String> response = Api.get("no-such-thing", "operator", "demo");

        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, Api.json(response).getInt("status"));
        assertFalse(response.body().contains("Exception"), response.body());
    }

    @Test
    void anUnknownPageShowsTheFriendlyNotFoundPage() {
        HttpResponse<String> response = Api.get("../no-such-page.xhtml");

        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains("Exception"), response.body());
        assertEquals(true, response.body().contains("Page not found"), response.body());
    }

    @Test
    void aFaultInAServiceIsA500WithAReferenceAndItsStackTraceIsLoggedOnce() {
        ServerLog log = ServerLog.mark();

        HttpResponse<String> response = Api.get("test-faults/in-a-service", "operator", "demo");

        assertLoggedOnce(log, assertFault(response), "FaultyCaller.inAService(");
    }

    @Test
    void aFaultInTheWebLayerIsA500WithAReferenceAndItsStackTraceIsLoggedOnce() {
        ServerLog log = ServerLog.mark();

        HttpResponse<String> response = Api.get("test-faults/in-the-web-layer", "operator", "demo");

        assertLoggedOnce(log, assertFault(response), "FaultyCaller.inTheWebLayer(");
    }

    @Test
    void aFaultInAScreensServiceCallShowsTheGeneralMessageInTheUsersLanguageAndIsLoggedOnce() {
        ServerLog log = ServerLog.mark();
        String message;
        try (Browser browser = Browser.open()) {
            browser.signIn("luca");
            browser.go("app/faulty-screen.xhtml");

            browser.click("faults:inAService");

            browser.waitForText("messages", "errore imprevisto");
            message = browser.text("messages");
        }
        assertTrue(message.startsWith("Si è verificato un errore imprevisto (riferimento "), message);
        assertFalse(message.contains("page size") || message.contains("Exception"), message);
        Matcher reference = REFERENCE.matcher(message);
        assertTrue(reference.find(), message);
        assertLoggedOnce(log, reference.group(1), "FaultyScreen.callService(");
    }

    @Test
    void aFaultOfAScreenOutsideAServiceCallLeadsToTheErrorPageEvenFromAnAjaxRequest() {
        ServerLog log = ServerLog.mark();
        try (Browser browser = Browser.open()) {
            browser.signIn("operator");
            browser.go("app/faulty-screen.xhtml");

            browser.click("faults:outsideAService");

            browser.waitFor(By.tagName("h1"));
            assertTrue(browser.driver.getCurrentUrl().endsWith("/helpdesk/error/500.html"),
                    browser.driver.getCurrentUrl());
            assertEquals("Something went wrong", browser.driver.findElement(By.tagName("h1")).getText());
            assertFalse(browser.driver.getPageSource().contains("provoked"));
        }
        List<String> lines = log.lines();
        Matcher reference = REFERENCE.matcher(String.join("\n", lines));
        assertTrue(reference.find(), String.join("\n", lines));
        assertLoggedOnce(log, reference.group(1), "FaultyScreen.failOutsideAService(");
    }

    /**
     * The reference is in the log once, and so is the stack trace: the frame of the faulty method shows once (the
     * EJB container's entry has it for a fault in a service, the API's own for a fault outside any).
     */
    private static void assertLoggedOnce(ServerLog log, String reference, String faultyFrame) {
        List<String> lines = log.lines();
        assertEquals(1, lines.stream().filter(l -> l.contains("reference " + reference)).count(),
                String.join("\n", lines));
        assertEquals(1, lines.stream().filter(l -> l.startsWith("\tat ") && l.contains(faultyFrame)).count(),
                "the fault's stack trace, once:\n" + String.join("\n", lines));
    }

    /** A 500 problem document with a reference to quote and nothing of the code; @return the reference */
    private static String assertFault(HttpResponse<String> response) {
        assertEquals(500, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(500, Api.json(response).getInt("status"));
        String detail = Api.json(response).getString("detail");
        assertTrue(detail.startsWith("An unexpected error occurred; nothing was saved. Quote reference "), detail);
        for (String code : List.of("Exception", "page size", "web layer", "\tat ", "org.helpdesk")) {
            assertFalse(response.body().contains(code), response.body());
        }
        Matcher reference = REFERENCE.matcher(detail);
        assertTrue(reference.find(), detail);
        return reference.group(1);
    }
}

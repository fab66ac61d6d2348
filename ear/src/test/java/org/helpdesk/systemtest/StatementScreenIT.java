package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The auditor's statements screen: the form downloads the statement; a refused period is a message, not a file. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementScreenIT {

    private static final URI PAGE = URI.create(Browser.BASE + "app/reports/statements.xhtml");
    private static final String AUDITOR = "Basic " + Base64.getEncoder()
            .encodeToString("auditor:demo".getBytes(StandardCharsets.UTF_8));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void anAuditorDownloadsACsvStatementFromTheScreen() throws Exception {
        LocalDate today = LocalDate.now();
        HttpResponse<String> response = submit(today.minusMonths(6).toString(), today.toString(), "CSV");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                response.headers().toString());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains(".csv"));
        String number = response.headers().firstValue("X-Statement-Number").orElse("");
        assertTrue(number.matches("HS-\\d{4}-\\d{6}"), number);
        assertTrue(response.body().contains(number), "the file names its statement number");
        assertTrue(response.body().contains(today.minusMonths(6).toString()) && response.body().contains(today.toString()),
                "the file states the period asked for: " + response.body().lines().limit(8).toList());
    }

    @Test
    void anInvertedPeriodIsRefusedOnTheScreenWithoutAFile() throws Exception {
        LocalDate today = LocalDate.now();
        HttpResponse<String> response = submit(today.toString(), today.minusMonths(1).toString(), "PDF");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Matcher error = Pattern.compile("<div class=\"page-message page-message-error\" role=\"alert\">([^<]*)</div>")
                .matcher(response.body());
        assertTrue(error.find(), "an error message is shown");
        assertTrue(error.group(1).contains("inverted"), error.group(1));
        assertFalse(response.headers().firstValue("Content-Disposition").isPresent());
    }

    private static HttpResponse<String> submit(String from, String to, String format) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(PAGE).header("Authorization", AUDITOR).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        assertTrue(viewState.find(), "the form carries its view state");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("statement", "statement");
        form.put("statement:from_input", from);
        form.put("statement:to_input", to);
        form.put("statement:customer", "");
        form.put("statement:staff", "");
        form.put("statement:ticket", "");
        form.put("statement:format", format);
        form.put("statement:download", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        assertTrue(nonce.find(), "the page carries its script nonce, which the browser's script adds to the form");
        form.put("primefaces.nonce", nonce.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(PAGE).header("Authorization", AUDITOR)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

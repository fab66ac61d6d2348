package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A server is killed ({@code kill -9}) in the middle of a monthly report run. Started again with the same command
 * line, it restarts the interrupted run by itself and every customer gets exactly one mail.
 *
 * <p>The server killed is the test's own ({@link OwnServer}: the suite's port offset plus 50, its own base directory
 * and SMTP port, the suite's database), not the suite's: the customers are created through the suite's server, the
 * run and the kill happen on the own one, and the suite's server goes on serving the test classes after this one.</p>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonthlyReportCrashIT {

    private static final List<String> CODES = IntStream.rangeClosed(1, 12).mapToObj(i -> "MRKILL" + i).toList();
    private static final int PORT_SHIFT = 50;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    private static String mailOf(String code) {
        return "reports@" + code.toLowerCase() + ".example";
    }

    private static int count(String sql) throws Exception {
        return Integer.parseInt(TestDatabase.column(sql + " AND c.code LIKE 'MRKILL%'").get(0));
    }

    @Test
    void aServerKilledInTheMiddleOfARunFinishesItAfterItsRestartAndEveryCustomerGetsExactlyOneMail() throws Exception {
        YearMonth month = TestMonth.current();
        for (String code : CODES) {
            long contact = Scenario.customerWithContact(code, "en", mailOf(code));
            Scenario.open(code, contact, "SOFTWARE_BUG", "AVERAGE", "Crash test call of " + code);
        }

        GreenMail smtp = new GreenMail(new ServerSetup(TestPorts.SMTP_PORT + PORT_SHIFT, "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (OwnServer server = OwnServer.start("crash", PORT_SHIFT, TestPorts.SMTP_PORT + PORT_SHIFT,
                OwnServer.Database.SHARED)) {
            long execution = server.startMonthlyRun(month, CODES);

            String archived = "SELECT COUNT(*) FROM report_archive a JOIN customer c ON c.id = a.customer_id"
                    + " WHERE a.report_month = '" + month + "'";
            await("two reports archived").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> count(archived) >= 2);
            server.kill();
            int before = count(archived);
            assertTrue(before < CODES.size(), "killed in the middle of the run: " + before + " archived");
            for (String code : CODES) {
                assertEquals(0, mailsTo(smtp, mailOf(code)), "nothing mailed before the build step ended: " + code);
            }
            long instance = Long.parseLong(TestDatabase.column(
                    "SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = ?", execution).get(0));
            assertEquals(List.of("STARTED"), TestDatabase.column(
                    "SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", execution));

            server.restart();
            await("the interrupted run to be restarted and completed").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500)).until(() -> completed(server.api(), instance));

            for (String code : CODES) {
                assertEquals(1, mailsTo(smtp, mailOf(code)), code);
            }
            assertEquals(CODES.size(), count(archived));
            assertEquals(List.of("SENT"), TestDatabase.column("SELECT DISTINCT d.status FROM report_delivery d"
                    + " JOIN customer c ON c.id = d.customer_id WHERE c.code LIKE 'MRKILL%'"));
        } finally {
            smtp.stop();
        }
        assertEquals("UP", Api.json(Api.get("health")).getJsonObject("database").getString("status"),
                "the suite's server still serves");
    }

    private static boolean completed(Api.Endpoint api, long instance) {
        return Api.jsonArray(api.get("monthly-runs", "admin", "demo")).getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("instanceId").longValue() == instance
                        && r.getString("status").equals("COMPLETED"));
    }

    private static long mailsTo(GreenMail smtp, String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                Address[] to = m.getAllRecipients();
                return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }
}

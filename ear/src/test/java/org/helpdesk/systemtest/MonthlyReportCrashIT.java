package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is killed ({@code kill -9}) in the middle of a monthly report run. Started again with the same command
 * line, it restarts the interrupted run by itself and every customer gets exactly one mail. The server started here
 * replaces the one the test suite started, for the test classes that follow; the suite stops it at the end.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MonthlyReportCrashIT {

    private static final List<String> CODES = IntStream.rangeClosed(1, 12).mapToObj(i -> "MRKILL" + i).toList();

    @ArquillianResource
    private ManagementClient management;

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
        for (String code : CODES) {
            long contact = Scenario.customerWithContact(code, "en", mailOf(code));
            Scenario.open(code, contact, "SOFTWARE_BUG", "AVERAGE", "Crash test call of " + code);
        }
        ProcessHandle server = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("the test server is not a child of this JVM"));
        List<String> command = new ArrayList<>();
        command.add(server.info().command().orElseThrow());
        command.addAll(Arrays.asList(server.info().arguments().orElseThrow()));

        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            ModelNode start = new ModelNode();
            start.get("operation").set("start-job");
            start.get("address").add("deployment", "helpdesk.ear").add("subdeployment", "helpdesk-batch.jar")
                    .add("subsystem", "batch-jberet");
            start.get("job-xml-name").set("monthly-report");
            start.get("properties").get("month").set(YearMonth.now(ZoneOffset.UTC).toString());
            start.get("properties").get("customers").set(String.join(",", CODES));
            start.get("properties").get("itemCount").set("1");
            ModelNode started = management.getControllerClient().execute(start);
            assertEquals("success", started.get("outcome").asString(), started.toString());
            long execution = started.get("result").asLong();

            String archived = "SELECT COUNT(*) FROM report_archive a JOIN customer c ON c.id = a.customer_id"
                    + " WHERE a.report_month = '" + YearMonth.now(ZoneOffset.UTC) + "'";
            await("two reports archived").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> count(archived) >= 2);
            server.destroyForcibly();
            server.onExit().get();
            int before = count(archived);
            assertTrue(before < CODES.size(), "killed in the middle of the run: " + before + " archived");
            assertEquals(0, smtp.getReceivedMessages().length, "nothing mailed before the build step ended");
            long instance = Long.parseLong(TestDatabase.column(
                    "SELECT jobinstanceid FROM job_execution WHERE jobexecutionid = ?", execution).get(0));
            assertEquals(List.of("STARTED"), TestDatabase.column(
                    "SELECT batchstatus FROM job_execution WHERE jobexecutionid = ?", execution));

            Process restarted = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Runtime.getRuntime().addShutdownHook(new Thread(restarted::destroyForcibly));
            await("the server to answer again").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions().until(() -> Api.get("health").statusCode() == 200);
            await("the interrupted run to be restarted and completed").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500)).until(() -> completed(instance));

            for (String code : CODES) {
                assertEquals(1, mailsTo(smtp, mailOf(code)), code);
            }
            assertEquals(CODES.size(), count(archived));
            assertEquals(List.of("SENT"), TestDatabase.column("SELECT DISTINCT d.status FROM report_delivery d"
                    + " JOIN customer c ON c.id = d.customer_id WHERE c.code LIKE 'MRKILL%'"));
        } finally {
            smtp.stop();
        }
    }

    private static boolean completed(long instance) {
        return Api.jsonArray(Api.get("monthly-runs", "admin", "demo")).getValuesAs(JsonObject.class).stream()
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

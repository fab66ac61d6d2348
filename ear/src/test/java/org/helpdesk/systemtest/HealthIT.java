package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On the EAR a customer installs, without the demo data module: the health check needs no account. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.ear();
    }

    @Test
    void reportsUpWhenDatabaseAndMailServerAreUp() {
        GreenMail smtp = new GreenMail(TestPorts.smtp());
        smtp.start();
        try {
            HttpResponse<String> response = Api.get("health");

            assertEquals(200, response.statusCode(), response.body());
            JsonObject health = Api.json(response);
            assertEquals("UP", health.getString("status"));
            assertEquals("UP", health.getJsonObject("database").getString("status"));
            assertEquals("UP", health.getJsonObject("mail").getString("status"));
        } finally {
            smtp.stop();
        }
    }

    @Test
    void reportsMailDownWith503WhenTheSmtpServerIsUnreachable() {
        HttpResponse<String> response = Api.get("health");

        assertEquals(503, response.statusCode(), response.body());
        JsonObject health = Api.json(response);
        assertEquals("DOWN", health.getString("status"));
        assertEquals("UP", health.getJsonObject("database").getString("status"));
        assertEquals("DOWN", health.getJsonObject("mail").getString("status"));
    }
}

package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemResponsesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
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
}

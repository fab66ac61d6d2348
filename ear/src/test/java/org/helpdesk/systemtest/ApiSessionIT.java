package org.helpdesk.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An API client signs in once and then works with its session cookie, without sending the password again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSessionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return HelpdeskDeployment.withDemoData();
    }

    @Test
    void aClientSignsInOnceWorksWithItsCookieAndSignsOut() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> signIn = send(client, "POST", "session", "{\"username\":\"auditor\",\"password\":\"demo\"}");
        assertEquals(204, signIn.statusCode(), signIn.body());
        HttpResponse<String> me = send(client, "GET", "me", null);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"username\":\"auditor\""), me.body());

        assertEquals(204, send(client, "DELETE", "session", null).statusCode());
        assertEquals(401, send(client, "GET", "me", null).statusCode());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> wrong = send(client, "POST", "session", "{\"username\":\"auditor\",\"password\":\"x\"}");
        HttpResponse<String> unknown = send(client, "POST", "session", "{\"username\":\"nobody\",\"password\":\"x\"}");

        assertEquals(401, wrong.statusCode());
        assertEquals(wrong.body(), unknown.body());
        assertEquals(401, send(client, "GET", "me", null).statusCode());
    }

    private static HttpResponse<String> send(HttpClient client, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.helpdesk.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * One API client as an integrator would write it: its own HTTP/1.1 connection, HTTP Basic credentials on every
 * request, and (unless told otherwise) a cookie store, so that a server that hands out a session cookie at sign-in
 * can recognise the client again without checking the password.
 */
final class HelpdeskClient {

    private final URI base;
    private final HttpClient http;
    private final String authorization;
    private volatile String lastFailure;

    HelpdeskClient(URI base, String username, String password, boolean keepCookies) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (keepCookies) {
            builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        }
        this.http = builder.build();
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** @return whether the answer is a 2xx; otherwise remembers it for {@link #lastFailure()} */
    boolean ok(HttpResponse<String> response) {
        if (response.statusCode() / 100 == 2) {
            return true;
        }
        String body = response.body() == null ? "" : response.body();
        lastFailure = response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " "
                + body.substring(0, Math.min(300, body.length()));
        return false;
    }

    String lastFailure() {
        return lastFailure;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Accept", "application/json");
    }
}

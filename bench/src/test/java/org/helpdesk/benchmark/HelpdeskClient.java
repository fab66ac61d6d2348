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
 * One API client as an integrator would write it, on its own HTTP/1.1 connection. With a session it signs in once
 * ({@code POST /api/session}) and then sends only the session cookie, so the server checks the password once; without,
 * it sends HTTP Basic credentials on every request, and the server checks the bcrypt hash every time.
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
        this.authorization = keepCookies ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        if (keepCookies) {
            signIn(username, password);
        }
    }

    private void signIn(String username, String password) {
        String json = "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
        try {
            HttpResponse<String> response = post("session", json);
            if (response.statusCode() != 204) {
                throw new IllegalStateException("Sign-in refused: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Sign-in failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Sign-in interrupted", e);
        }
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
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        return authorization == null ? request : request.header("Authorization", authorization);
    }
}

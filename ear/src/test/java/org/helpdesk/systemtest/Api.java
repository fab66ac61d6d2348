package org.helpdesk.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A plain HTTP client of the REST API, as any integrator would write one. The static methods call the suite's
 * server; {@link #at} gives the same calls on another server (a test's own, {@link OwnServer}).
 */
final class Api {

    static final URI BASE = URI.create("http://localhost:" + TestPorts.HTTP + "/helpdesk/api/");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The suite's server. */
    static final Endpoint SUITE = new Endpoint(BASE);

    private Api() {
    }

    /** The REST API whose root is {@code base} (…/helpdesk/api/). */
    static Endpoint at(URI base) {
        return new Endpoint(base);
    }

    static HttpResponse<String> get(String path) {
        return SUITE.get(path);
    }

    static HttpResponse<String> get(String path, String username, String password) {
        return SUITE.get(path, username, password);
    }

    static HttpResponse<byte[]> getBytes(String path, String username, String password) {
        return SUITE.getBytes(path, username, password);
    }

    static HttpResponse<String> post(String path, String json, String username, String password) {
        return SUITE.post(path, json, username, password);
    }

    static HttpResponse<String> put(String path, String json, String username, String password) {
        return SUITE.put(path, json, username, password);
    }

    static HttpResponse<String> delete(String path, String username, String password) {
        return SUITE.delete(path, username, password);
    }

    /** A POST whose body is not JSON (an iCalendar file, say). */
    static HttpResponse<String> post(String path, byte[] body, String contentType, String username,
            String password) {
        return SUITE.post(path, body, contentType, username, password);
    }

    static JsonArray jsonArray(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** The REST API of one server. */
    static final class Endpoint {

        private final URI base;

        private Endpoint(URI base) {
            this.base = base;
        }

        URI base() {
            return base;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET().build());
        }

        HttpResponse<String> get(String path, String username, String password) {
            return send(request(path).header("Authorization", basic(username, password)).GET().build());
        }

        HttpResponse<byte[]> getBytes(String path, String username, String password) {
            try {
                return CLIENT.send(request(path).header("Authorization", basic(username, password)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> post(String path, String json, String username, String password) {
            return send(request(path)
                    .header("Authorization", basic(username, password))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build());
        }

        HttpResponse<String> post(String path, byte[] body, String contentType, String username, String password) {
            return send(request(path)
                    .header("Authorization", basic(username, password))
                    .header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build());
        }

        HttpResponse<String> delete(String path, String username, String password) {
            return send(request(path).header("Authorization", basic(username, password)).DELETE().build());
        }

        HttpResponse<String> put(String path, String json, String username, String password) {
            return send(request(path)
                    .header("Authorization", basic(username, password))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                    .build());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        }
    }

    private static String basic(String username, String password) {
        String token = username + ":" + password;
        return "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

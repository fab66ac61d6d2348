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

/** A plain HTTP client of the REST API, as any integrator would write one. */
final class Api {

    static final URI BASE = URI.create("http://localhost:" + TestPorts.HTTP + "/helpdesk/api/");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    static HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    static HttpResponse<String> get(String path, String username, String password) {
        return send(request(path).header("Authorization", basic(username, password)).GET().build());
    }

    static HttpResponse<byte[]> getBytes(String path, String username, String password) {
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

    static HttpResponse<String> post(String path, String json, String username, String password) {
        return send(request(path)
                .header("Authorization", basic(username, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    static HttpResponse<String> put(String path, String json, String username, String password) {
        return send(request(path)
                .header("Authorization", basic(username, password))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
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

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30));
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

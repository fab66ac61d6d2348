package org.helpdesk.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP/1.1 client that speaks to the server under test from a loopback address of its choice (any of
 * 127.0.0.0/8 reaches the server on 127.0.0.1): what the server sees as requests from different places. One
 * connection per request.
 */
final class LoopbackHttp {

    /** An answer: its status, its headers (names in lower case), its body as text. */
    record Answer(int status, Map<String, List<String>> headers, String body, long nanos) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        List<String> all(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        /** The value of the cookie {@code name} this answer sets, or {@code null}. */
        String cookie(String name) {
            for (String set : all("set-cookie")) {
                if (set.startsWith(name + "=")) {
                    return set.substring(name.length() + 1).split(";", 2)[0];
                }
            }
            return null;
        }
    }

    private static final Pattern HIDDEN = Pattern.compile("name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final String source;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private LoopbackHttp(String source) {
        this.source = source;
    }

    /** A client whose requests come from {@code source}, for example {@code 127.0.9.1}. */
    static LoopbackHttp from(String source) {
        return new LoopbackHttp(source);
    }

    LoopbackHttp basic(String username, String password) {
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    LoopbackHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    Answer postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    /** The hidden fields of the first form of {@code html} (view state, script nonce), by name. */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String input : html.split("<input")) {
            if (input.contains("type=\"hidden\"")) {
                Matcher matcher = HIDDEN.matcher(input);
                if (matcher.find()) {
                    fields.putIfAbsent(matcher.group(1), matcher.group(2).replace("&#58;", ":"));
                }
            }
        }
        return fields;
    }

    /**
     * Sends one request to {@code /helpdesk/} + {@code path} and reads the whole answer.
     *
     * @param body {@code null} for none
     */
    Answer send(String method, String path, String contentType, String body) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(" /helpdesk/").append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(TestPorts.HTTP).append("\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null || !method.equals("GET")) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", TestPorts.HTTP), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            byte[] raw = readAll(socket.getInputStream());
            return parse(raw, System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException("HTTP " + method + " " + path + " from " + source, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toByteArray();
    }

    private static Answer parse(byte[] raw, long nanos) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.getOrDefault("transfer-encoding", List.of());
        if (encoding.stream().anyMatch(e -> e.equalsIgnoreCase("chunked"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), nanos);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at);
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                    .split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new IllegalStateException("A chunk without its size line");
    }
}

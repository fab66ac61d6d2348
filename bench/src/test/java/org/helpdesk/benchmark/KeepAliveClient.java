package org.helpdesk.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The load generator's client for the create loop: plain HTTP/1.1 on one kept-alive socket, because
 * {@link java.net.http.HttpClient} costs the benchmark's JVM about a quarter of a millisecond of CPU per request on
 * the same two cores as the server and the database. Still an honest client: every call writes a whole request
 * (request line, {@code Host}, {@code Accept}, {@code Content-Type}, {@code Content-Length}, the credentials) and reads
 * the whole response (status line, headers, and the body by {@code Content-Length} or chunks) before it returns.
 * <p>
 * With a session it signs in once ({@code POST /api/session}) and then sends the session cookie, taking any new one
 * a response sets; without, it sends HTTP Basic credentials on every request. One instance per thread: not
 * thread-safe. A connection the server closed (or an I/O error) is replaced on the next call; the failed call counts
 * as an error, never retried (a POST is not idempotent).
 */
final class KeepAliveClient implements AutoCloseable {

    /** A whole answer. The body stays bytes: it is decoded only when someone reads it. */
    record Response(int status, byte[] body) {

        boolean ok() {
            return status / 100 == 2;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_HEADER_LINE = 8192;

    private final String host;
    private final int port;
    private final String basePath;
    private final String basic;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String cookie;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final byte[] line = new byte[MAX_HEADER_LINE];
    private String lastFailure;

    KeepAliveClient(URI base, String username, String password, boolean session) {
        this(base, session ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (session) {
            try {
                Response r = post("session", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
                if (r.status() != 204 || cookie == null) {
                    throw new IllegalStateException("Sign-in refused: " + r.status() + " " + r.text());
                }
            } catch (IOException e) {
                throw new IllegalStateException("Sign-in failed", e);
            }
        }
    }

    /** A client that sends no credentials at all: for endpoints that need none. */
    static KeepAliveClient anonymous(URI base) {
        return new KeepAliveClient(base, null);
    }

    private KeepAliveClient(URI base, String basic) {
        this.host = base.getHost();
        this.port = base.getPort() < 0 ? 80 : base.getPort();
        String path = base.getRawPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
        this.basic = basic;
    }

    /** POSTs a JSON document to a path under the API's base and reads the whole answer. */
    Response post(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append("POST ").append(basePath).append(path)
                .append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\nAccept: application/json\r\nContent-Type: application/json\r\nContent-Length: ")
                .append(body.length).append("\r\n");
        if (basic != null) {
            head.append("Authorization: ").append(basic).append("\r\n");
        }
        if (cookie != null) {
            head.append("Cookie: ").append(cookie).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return exchange(request);
    }

    /** @return whether the answer is a 2xx; otherwise remembers it for {@link #lastFailure()} */
    boolean ok(String what, Response response) {
        if (response.ok()) {
            return true;
        }
        String text = response.text();
        lastFailure = what + " -> " + response.status() + " " + text.substring(0, Math.min(300, text.length()));
        return false;
    }

    String lastFailure() {
        return lastFailure;
    }

    private Response exchange(byte[] request) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(request);
            out.flush();
            return read();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MILLIS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16384);
        out = s.getOutputStream();
    }

    private Response read() throws IOException {
        String statusLine = readLine();
        // "HTTP/1.1 201 Created"
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            throw new IOException("Not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = statusLine.startsWith("HTTP/1.0");
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new IOException("Malformed header: " + header);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                case "set-cookie" -> takeCookie(value);
                default -> {
                    // not needed
                }
            }
        }
        byte[] body;
        if (chunked) {
            body = readChunks();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
            if (body.length != length) {
                throw new EOFException("Body ended after " + body.length + " of " + length + " bytes");
            }
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = in.readAllBytes(); // delimited by the end of the connection
            close = true;
        }
        if (close) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] readChunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine();
            int semicolon = size.indexOf(';');
            int n = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (n == 0) {
                while (!readLine().isEmpty()) {
                    // trailers
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(n);
            if (chunk.length != n) {
                throw new EOFException("Chunk ended early");
            }
            body.write(chunk);
            readLine(); // the CRLF after the chunk
        }
    }

    /** @return one header line without its CRLF, in ISO-8859-1 */
    private String readLine() throws IOException {
        int n = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("Connection closed by the server");
            }
            if (b == '\n') {
                int end = n > 0 && line[n - 1] == '\r' ? n - 1 : n;
                return new String(line, 0, end, StandardCharsets.ISO_8859_1);
            }
            if (n == line.length) {
                throw new IOException("Header line longer than " + MAX_HEADER_LINE + " bytes");
            }
            line[n++] = (byte) b;
        }
    }

    /** Keeps every cookie the server sets (the session's is {@code JSESSIONID}) and sends them all back. */
    private void takeCookie(String setCookie) {
        int semicolon = setCookie.indexOf(';');
        String pair = (semicolon < 0 ? setCookie : setCookie.substring(0, semicolon)).trim();
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(pair.substring(0, equals), pair);
            cookie = String.join("; ", cookies.values());
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}

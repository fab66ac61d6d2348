package org.helpdesk.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import jdk.net.ExtendedSocketOptions;

/**
 * A TCP relay in front of GreenMail's IMAP port, which with {@code hideMove} takes {@code MOVE} out of the capabilities
 * GreenMail announces, and passes everything else through unchanged. GreenMail 2.1.13 moves the messages of a
 * {@code MOVE} without telling the session that moved them ({@code * n EXPUNGE}); the mailbox reader selects its inbox
 * again after its moves for that reason, and {@code hideMove} lets a run compare with the other way (copy, flag
 * {@code \Deleted}, expunge by UID). Capabilities are rewritten only until the client selects a folder (the greeting,
 * {@code CAPABILITY}, the login's answer); from then on the relay copies bytes.
 *
 * <p>With {@code quickAck}, the relay also acknowledges GreenMail's every segment at once (Linux {@code TCP_QUICKACK}):
 * GreenMail writes an answer in several pieces on a socket with Nagle's algorithm on, so each piece after the first
 * waits for the acknowledgement of the one before, which the receiver delays by up to 40 ms: a fixed 40 ms stall on
 * every {@code FETCH} of a mail, a cost of the test server's TCP and not of the reader.
 */
final class ImapWithoutMove implements AutoCloseable {

    private final ServerSocket server;
    private final int target;
    private final boolean quickAck;
    private final boolean hideMove;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "imap-relay");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param port where the relay listens (the port the server's reader is configured with)
     * @param target GreenMail's IMAP port
     * @param quickAck whether to acknowledge what GreenMail sends at once
     * @param hideMove whether to take MOVE out of the capabilities
     */
    ImapWithoutMove(int port, int target, boolean quickAck, boolean hideMove) throws IOException {
        this.hideMove = hideMove;
        this.target = target;
        this.quickAck = quickAck;
        server = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
        pool.submit(this::accept);
    }

    private Void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket("127.0.0.1", target);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                AtomicBoolean selected = new AtomicBoolean();
                pool.submit(() -> toServer(client, upstream, selected));
                pool.submit(() -> toClient(upstream, client, selected));
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    private Void toServer(Socket client, Socket upstream, AtomicBoolean selected) {
        try (client; upstream) {
            InputStream in = client.getInputStream();
            OutputStream out = upstream.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (!selected.get()) {
                    String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT);
                    if (text.contains(" SELECT ") || text.contains(" EXAMINE ")) {
                        selected.set(true);
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the other is closed with it
        }
        return null;
    }

    private Void toClient(Socket upstream, Socket client, AtomicBoolean selected) {
        try (client; upstream) {
            InputStream in = new BufferedInputStream(upstream.getInputStream(), 64 * 1024);
            OutputStream out = client.getOutputStream();
            while (!selected.get()) {
                quickAck(upstream);
                byte[] line = line(in);
                if (line == null) {
                    return null;
                }
                String text = new String(line, StandardCharsets.ISO_8859_1);
                if (hideMove && text.contains("CAPABILITY")) {
                    line = text.replace(" MOVE", "").getBytes(StandardCharsets.ISO_8859_1);
                }
                out.write(line);
                out.flush();
            }
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = read(upstream, in, buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed: the other is closed with it
        }
        return null;
    }

    private int read(Socket upstream, InputStream in, byte[] buffer) throws IOException {
        quickAck(upstream);
        return in.read(buffer);
    }

    /** Linux turns quick acknowledgements off again by itself: set before every read. */
    private void quickAck(Socket upstream) throws IOException {
        if (quickAck && upstream.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK)) {
            upstream.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
        }
    }

    /** @return the next line with its CRLF, or null at the end of the stream */
    private static byte[] line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
    }
}

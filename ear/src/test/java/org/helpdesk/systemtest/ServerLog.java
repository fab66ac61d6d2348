package org.helpdesk.systemtest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The log of the server under test: what it wrote after a mark, to check what an administrator would read. */
final class ServerLog {

    private static final Path FILE = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");

    private final long mark;

    private ServerLog(long mark) {
        this.mark = mark;
    }

    /** Marks the log's current end. */
    static ServerLog mark() {
        try {
            return new ServerLog(Files.size(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines written since the mark. */
    List<String> lines() {
        try (RandomAccessFile file = new RandomAccessFile(FILE.toFile(), "r")) {
            byte[] added = new byte[(int) Math.max(0, file.length() - mark)];
            file.seek(mark);
            file.readFully(added);
            return new String(added, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines written since the mark that are errors or lines of a stack trace. */
    List<String> errorsAndStackTraces() {
        return lines().stream().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ") || l.startsWith("Caused by"))
                .toList();
    }
}

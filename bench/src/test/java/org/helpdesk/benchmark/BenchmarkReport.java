package org.helpdesk.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * What a benchmark prints: every line goes to the console and into a text file in {@code benchmark.report.dir}
 * ({@code <name>-<time>.txt}, and {@code <name>-latest.txt} for the newest run).
 */
final class BenchmarkReport {

    private final String name;
    private final StringBuilder text = new StringBuilder();

    BenchmarkReport(String name) {
        this.name = name;
    }

    /** @return the machine's load average over 1, 5 and 15 minutes, to print next to the figures it may have moved */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** Prints one line (or several, with {@code %n}), formatted the same on every machine. */
    void line(String format, Object... arguments) {
        String line = String.format(Locale.ROOT, format, arguments);
        System.out.println(line);
        text.append(line).append(System.lineSeparator());
    }

    /** Writes what was printed so far; @return the file of this run */
    Path save() throws IOException {
        Path dir = Path.of(System.getProperty("benchmark.report.dir", "target/benchmark"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()
                .replace(':', '-') + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + "-latest.txt"), text, StandardCharsets.UTF_8);
        System.out.println("Report saved in " + file.toAbsolutePath());
        return file;
    }
}

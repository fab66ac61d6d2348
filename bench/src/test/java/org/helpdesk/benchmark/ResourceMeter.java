package org.helpdesk.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where the CPU went and what the database did during a measured window: CPU time of the WildFly process (the
 * managed server is a child of this JVM), of every PostgreSQL process on the machine, and of this JVM (the load
 * generator); and the counters of the benchmark database in {@code pg_stat_database}. On a machine where these are
 * not readable the figures are simply zero.
 */
final class ResourceMeter implements AutoCloseable {

    record Snapshot(long nanos, long serverCpuNanos, long serverJitMillis, long serverGcMillis, long postgresCpuNanos,
            long clientCpuNanos, long machineBusyMillis, long commits, long tuplesInserted, long tuplesFetched,
            long tuplesReturned, long sequenceCalls, long indexScans, long blocksRead, long blocksHit) {

        Usage minus(Snapshot before) {
            return new Usage((nanos - before.nanos) / 1e9, (serverCpuNanos - before.serverCpuNanos) / 1e6,
                    Math.max(0, serverJitMillis - before.serverJitMillis), Math.max(0, serverGcMillis - before.serverGcMillis),
                    (postgresCpuNanos - before.postgresCpuNanos) / 1e6, (clientCpuNanos - before.clientCpuNanos) / 1e6,
                    machineBusyMillis - before.machineBusyMillis, commits - before.commits,
                    tuplesInserted - before.tuplesInserted, tuplesFetched - before.tuplesFetched,
                    tuplesReturned - before.tuplesReturned, sequenceCalls - before.sequenceCalls,
                    indexScans - before.indexScans, blocksRead - before.blocksRead, blocksHit - before.blocksHit);
        }
    }

    /**
     * Differences over a window: CPU in milliseconds. Of the server's CPU, what its JIT compiler threads and its
     * garbage collector threads used (Linux only; compiler threads that ended during the window are not counted).
     * What the database counted: {@code sequenceCalls} is the number of {@code nextval} calls (each sequence's
     * advance divided by its increment), {@code tuplesInserted} the rows inserted (one statement each unless
     * batched), {@code indexScans} the index scans on the user tables (lookups by key, including the ones foreign
     * key checks make), {@code commits} the transactions, {@code blocksRead} the 8 KB blocks PostgreSQL had to read
     * from the operating system (not in its shared buffers: from the OS's cache or the disk), {@code blocksHit} those
     * found in its shared buffers.
     */
    record Usage(double seconds, double serverCpuMillis, double serverJitMillis, double serverGcMillis,
            double postgresCpuMillis, double clientCpuMillis, double machineBusyMillis, long commits,
            long tuplesInserted, long tuplesFetched, long tuplesReturned, long sequenceCalls, long indexScans,
            long blocksRead, long blocksHit) {

        /** @return how busy all the machine's cores were, 0 to 1 */
        double machineBusy() {
            return machineBusyMillis / 1000.0 / (seconds * Runtime.getRuntime().availableProcessors());
        }

        /** @return the share of the machine's cores used by everything but WildFly, PostgreSQL and this JVM */
        double othersBusy() {
            double ours = serverCpuMillis + postgresCpuMillis + clientCpuMillis;
            return Math.max(0, machineBusyMillis - ours) / 1000.0
                    / (seconds * Runtime.getRuntime().availableProcessors());
        }
    }

    private final Connection stats;
    private final ProcessHandle server;
    private final java.util.function.Supplier<List<ProcessHandle>> servers;

    ResourceMeter(Connection stats) {
        this.stats = stats;
        this.server = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules")).orElse(false))
                .findFirst().orElse(null);
        this.servers = null;
    }

    /**
     * A meter of several servers (the nodes and the balancer of a cluster): their CPU is summed, as it is at the time
     * of each snapshot ({@code servers} is asked each time: a node killed or started in between counts from then).
     * The JIT and GC figures are left at zero.
     */
    ResourceMeter(Connection stats, java.util.function.Supplier<List<ProcessHandle>> servers) {
        this.stats = stats;
        this.server = null;
        this.servers = servers;
    }

    Optional<Long> serverPid() {
        return Optional.ofNullable(server).map(ProcessHandle::pid);
    }

    synchronized Snapshot take() {
        long now = System.nanoTime();
        long serverCpu = servers != null ? servers.get().stream().mapToLong(ResourceMeter::cpu).sum()
                : server == null ? 0 : cpu(server);
        long postgresCpu = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(ResourceMeter::cpu).sum();
        long clientCpu = cpu(ProcessHandle.current());
        long[] db = new long[6];
        long sequenceCalls = 0;
        long indexScans = 0;
        try (Statement s = stats.createStatement()) {
            s.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = s.executeQuery("SELECT xact_commit, tup_inserted, tup_fetched, tup_returned,"
                    + " blks_read, blks_hit FROM pg_stat_database WHERE datname = current_database()")) {
                if (rs.next()) {
                    for (int i = 0; i < db.length; i++) {
                        db[i] = rs.getLong(i + 1);
                    }
                }
            }
            // A sequence's last_value only moves by its increment, so the quotient counts the nextval calls.
            try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(last_value / increment_by), 0) FROM pg_sequences"
                    + " WHERE last_value IS NOT NULL")) {
                if (rs.next()) {
                    sequenceCalls = rs.getLong(1);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT coalesce(sum(idx_scan), 0) FROM pg_stat_user_tables")) {
                if (rs.next()) {
                    indexScans = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            // figures stay zero
        }
        long[] threads = server == null ? new long[2] : serverThreads(server.pid());
        return new Snapshot(now, serverCpu, threads[0], threads[1], postgresCpu, clientCpu, machineBusyMillis(), db[0],
                db[1], db[2], db[3], sequenceCalls, indexScans, db[4], db[5]);
    }

    /** @return CPU milliseconds of the JIT compiler threads and of the GC threads of a JVM (Linux /proc) */
    private static long[] serverThreads(long pid) {
        long[] ms = new long[2];
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    int kind = name.contains("CompilerThre") ? 0
                            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? 1 : -1;
                    if (kind >= 0) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ms[kind] += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: zeros
        }
        return ms;
    }

    /** @return CPU time all cores spent busy since boot (Linux /proc/stat, in USER_HZ = 10 ms ticks), or 0 */
    private static long machineBusyMillis() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long cpu(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    @Override
    public void close() throws SQLException {
        stats.close();
    }
}

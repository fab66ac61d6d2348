package org.helpdesk.systemtest;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * A Helpdesk server of one test's own, beside the suite's (the one Arquillian starts): the same WildFly installation,
 * configuration and EAR, but a base directory of its own (target/own-servers/NAME: a copy of the configured server's
 * configuration and the EAR in its deployments folder, its own data, log and temporary files), its own ports (the
 * suite's port offset plus {@code shift}) and its own SMTP port. A test that kills, restarts or cuts off the mail of a
 * server does it to this one, so the suite's server and the test classes after it never notice, and the test runs
 * first, last or alone alike.
 *
 * <p>Its database is either the suite's ({@link Database#SHARED}: H2 through the suite's file, PostgreSQL the same
 * database) or a new one of its own ({@link Database#OWN}: an empty H2 file in its data folder, or a PostgreSQL
 * database named after the suite's plus {@code _NAME}, dropped when the server is closed), which nothing else reads
 * or writes. The server's output goes to {@code console.log} in its base directory.</p>
 */
final class OwnServer implements AutoCloseable {

    /** Whose database the server uses. */
    enum Database {
        /** The suite's: the data the suite's server wrote is there, and what this server writes is seen there. */
        SHARED,
        /** A new, empty one of this server's own: migrated and filled with the demo data when the EAR deploys. */
        OWN
    }

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Path baseDir;
    private final int offset;
    private final int smtpPort;
    private final Database database;
    private final String pgDatabase;
    private final StandaloneCommandBuilder command;
    private final Map<String, String> environment;
    private Process process;
    private Thread killAtExit;
    private String clusterDatabase;

    private OwnServer(String name, Path baseDir, int offset, int smtpPort, Database database, String pgDatabase,
            StandaloneCommandBuilder command, Map<String, String> environment) {
        this.name = name;
        this.baseDir = baseDir;
        this.offset = offset;
        this.smtpPort = smtpPort;
        this.database = database;
        this.pgDatabase = pgDatabase;
        this.command = command;
        this.environment = environment;
    }

    /**
     * Prepares the base directory (and, for {@link Database#OWN} on PostgreSQL, the database), starts the server and
     * waits until the EAR answers with its database up.
     *
     * @param name names the base directory and an own PostgreSQL database
     * @param shift added to the suite's port offset ({@code helpdesk.test.port.offset}) for this server's ports
     * @param smtpPort where this server sends its mail
     * @param options more server options, last (so they win); without any, the server reads no mailbox: the suite's
     *        mailboxes are the suite's server's
     */
    static OwnServer start(String name, int shift, int smtpPort, Database database, String... options)
            throws Exception {
        return start(name, shift, smtpPort, database, null, options);
    }

    /**
     * A node of a test cluster ({@code helpdesk-ha.xml}, see {@link TestCluster}): like {@link #start} with
     * {@link Database#OWN}, but on the PostgreSQL database {@code pgDatabase}, which the caller creates and drops and
     * which every node of the cluster shares.
     */
    static OwnServer startNode(String name, int shift, int smtpPort, String pgDatabase, String... options)
            throws Exception {
        return start(name, shift, smtpPort, Database.OWN, pgDatabase, options);
    }

    /**
     * The load balancer of a test cluster ({@code helpdesk-balancer.xml}, no EAR): started when the Helpdesk health
     * check answers through it, that is once a node has registered.
     */
    static OwnServer startBalancer(String name, int shift, String... options) throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        int offset = Integer.getInteger("helpdesk.test.port.offset", 0) + shift;
        Path baseDir = jbossHome.getParent().resolve("own-servers").resolve(name);
        delete(baseDir);
        copyConfiguration(jbossHome.resolve("standalone").resolve("configuration"), baseDir.resolve("configuration"));
        List<String> serverOptions = new ArrayList<>(List.of("-Djava.net.preferIPv4Stack=true",
                "-Djboss.socket.binding.port-offset=" + offset));
        serverOptions.addAll(Arrays.asList(options));
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(jbossHome)
                .setServerConfiguration("helpdesk-balancer.xml").setBaseDirectory(baseDir)
                .addJavaOptions(serverOptions);
        OwnServer server = new OwnServer(name, baseDir, offset, 0, Database.SHARED, null, command, Map.of());
        server.launch();
        return server;
    }

    private static OwnServer start(String name, int shift, int smtpPort, Database database, String cluster,
            String... options) throws Exception {
        Path jbossHome = Path.of(System.getProperty("jboss.home"));
        int offset = Integer.getInteger("helpdesk.test.port.offset", 0) + shift;
        for (int port : List.of(8080 + offset, 9990 + offset)) {
            if (!free(port)) {
                throw new IllegalStateException("Port " + port + " is in use: the test's own server " + name
                        + " needs it (port offset " + offset + ", the suite's plus " + shift + ").");
            }
        }
        Path baseDir = jbossHome.getParent().resolve("own-servers").resolve(name);
        delete(baseDir);
        copyConfiguration(jbossHome.resolve("standalone").resolve("configuration"), baseDir.resolve("configuration"));
        Files.createDirectories(baseDir.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("helpdesk.demo.ear")), baseDir.resolve("deployments").resolve("helpdesk.ear"));

        boolean postgresql = "postgresql".equals(System.getProperty("helpdesk.test.db"));
        String pgDatabase = null;
        Map<String, String> environment = Map.of();
        if (cluster != null) {
            environment = Map.of("HELPDESK_DB_URL",
                    System.getProperty("helpdesk.test.jdbc.url").replaceFirst("[^/]*$", cluster));
        } else if (postgresql && database == Database.OWN) {
            pgDatabase = System.getProperty("helpdesk.test.jdbc.url").replaceFirst("^.*/", "") + "_" + name;
            String own = pgDatabase;
            maintenance(statement -> {
                statement.execute("DROP DATABASE IF EXISTS " + own + " WITH (FORCE)");
                statement.execute("CREATE DATABASE " + own + " WITH TEMPLATE = template0 ENCODING = 'UTF8'");
            });
            environment = Map.of("HELPDESK_DB_URL",
                    System.getProperty("helpdesk.test.jdbc.url").replaceFirst("[^/]*$", own));
        } else if (!postgresql && database == Database.SHARED) {
            // The H2 file lives in the data folder of the server that opened it (helpdesk.db.h2.url in configure.cli,
            // which the command line cannot override): this server's data/helpdesk is a link to the suite's, and H2's
            // AUTO_SERVER mode lets the second server in through the first one's port.
            Files.createDirectories(baseDir.resolve("data"));
            Files.createSymbolicLink(baseDir.resolve("data").resolve("helpdesk"),
                    jbossHome.resolve("standalone").resolve("data").resolve("helpdesk"));
        }

        List<String> serverOptions = new ArrayList<>(Arrays.asList(
                System.getProperty("helpdesk.test.server.options", "").trim().split("\\s+")));
        serverOptions.add("-Dhelpdesk.smtp.port=" + smtpPort);
        serverOptions.add("-Dhelpdesk.mail.in.mailboxes=");
        serverOptions.addAll(Arrays.asList(options));
        serverOptions.add("-Djboss.socket.binding.port-offset=" + offset);
        // One option per system property, the last one given: the launcher keeps no order between repeated keys.
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String option : serverOptions) {
            byKey.put(option.startsWith("-D") && option.contains("=") ? option.substring(0, option.indexOf('='))
                    : option, option);
        }
        serverOptions = new ArrayList<>(byKey.values());
        StandaloneCommandBuilder command = StandaloneCommandBuilder.of(jbossHome)
                .setServerConfiguration(cluster == null ? "helpdesk.xml" : "helpdesk-ha.xml")
                .setBaseDirectory(baseDir)
                .addJavaOptions(serverOptions);
        OwnServer server = new OwnServer(name, baseDir, offset, smtpPort, database, pgDatabase, command,
                environment);
        server.clusterDatabase = cluster;
        server.launch();
        return server;
    }

    /** Starts the server again with the same command line (after {@link #kill}), and waits until it answers. */
    void restart() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("server " + name + " is still running");
        }
        launch();
    }

    /** Kills the server's JVM at once ({@code kill -9}): no shutdown, no cleanup. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** @return whether the server's JVM runs */
    boolean alive() {
        return process != null && process.isAlive();
    }

    /** The server's log file (server.log of its base directory). */
    Path log() {
        return baseDir.resolve("log").resolve("server.log");
    }

    /** @return the base address of this server's HTTP port ({@code http://localhost:PORT}) */
    URI http() {
        return URI.create("http://localhost:" + (8080 + offset));
    }

    /** The REST API of this server. */
    Api.Endpoint api() {
        return Api.at(URI.create("http://localhost:" + (8080 + offset) + "/helpdesk/api/"));
    }

    /** This server's database, as the test reaches it. */
    TestDatabase database() {
        if (clusterDatabase != null) {
            return TestDatabase.at(System.getProperty("helpdesk.test.jdbc.url").replaceFirst("[^/]*$", clusterDatabase));
        }
        if (database == Database.SHARED) {
            return TestDatabase.at(System.getProperty("helpdesk.test.jdbc.url"));
        }
        if (pgDatabase != null) {
            return TestDatabase.at(System.getProperty("helpdesk.test.jdbc.url").replaceFirst("[^/]*$", pgDatabase));
        }
        return TestDatabase.at("jdbc:h2:file:" + baseDir.resolve("data").resolve("helpdesk").resolve("helpdesk")
                .toAbsolutePath() + ";AUTO_SERVER=TRUE");
    }

    int smtpPort() {
        return smtpPort;
    }

    /**
     * Starts the monthly report run of {@code month} for these customers on this server, a customer per checkpoint,
     * through the management interface as an operator of the server would.
     *
     * @return the job execution's id
     */
    long startMonthlyRun(java.time.YearMonth month, List<String> customers) throws IOException {
        ModelNode start = new ModelNode();
        start.get("operation").set("start-job");
        start.get("address").add("deployment", "helpdesk.ear").add("subdeployment", "helpdesk-batch.jar")
                .add("subsystem", "batch-jberet");
        start.get("job-xml-name").set("monthly-report");
        start.get("properties").get("month").set(month.toString());
        start.get("properties").get("customers").set(String.join(",", customers));
        start.get("properties").get("itemCount").set("1");
        ModelNode started = execute(start);
        if (!"success".equals(started.get("outcome").asString())) {
            throw new IllegalStateException("The monthly run did not start on " + name + ": " + started);
        }
        return started.get("result").asLong();
    }

    /** Runs one operation on this server's management interface. */
    ModelNode execute(ModelNode operation) throws IOException {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("127.0.0.1", 9990 + offset)) {
            return client.execute(operation);
        }
    }

    /** Stops the server (as Ctrl-C would; killed if it has not stopped within a minute) and drops its own database. */
    @Override
    public void close() throws Exception {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor();
                }
            }
        } finally {
            if (killAtExit != null) {
                Runtime.getRuntime().removeShutdownHook(killAtExit);
            }
            if (pgDatabase != null) {
                String own = pgDatabase;
                maintenance(statement -> statement.execute("DROP DATABASE IF EXISTS " + own + " WITH (FORCE)"));
            }
        }
    }

    private void launch() throws IOException {
        // Appended to: the output of a restarted server follows that of the one killed.
        Path console = baseDir.resolve("console.log");
        process = Launcher.of(command).addEnvironmentVariables(environment).setRedirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile())).launch();
        Process started = process;
        if (killAtExit != null) {
            Runtime.getRuntime().removeShutdownHook(killAtExit);
        }
        killAtExit = new Thread(started::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killAtExit);
        try {
            await("own server " + name + " to deploy Helpdesk (" + console + ")").atMost(START_TIMEOUT)
                    .pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                    .failFast("own server " + name + " exited: see " + console, () -> !started.isAlive())
                    .until(() -> databaseUp(api().get("health")));
        } catch (RuntimeException | AssertionError e) {
            started.destroyForcibly();
            throw e;
        }
    }

    /** Deployed and migrated: the health check answers (200, or 503 while the SMTP server is down) with the database UP. */
    private static boolean databaseUp(HttpResponse<String> health) {
        if (health.statusCode() != 200 && health.statusCode() != 503) {
            return false;
        }
        JsonObject answer = Api.json(health);
        return answer.containsKey("database") && "UP".equals(answer.getJsonObject("database").getString("status"));
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    interface Sql {
        void run(Statement statement) throws SQLException;
    }

    /** Runs statements on PostgreSQL's maintenance database, as the build does to recreate the suite's. */
    static void maintenance(Sql sql) throws SQLException {
        String url = System.getProperty("helpdesk.test.jdbc.url").replaceFirst("[^/]*$", "postgres");
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("helpdesk.test.jdbc.user"),
                System.getProperty("helpdesk.test.jdbc.password")); Statement statement = connection.createStatement()) {
            sql.run(statement);
        }
    }

    /**
     * Copies the configured server's configuration, without its history and without the deployments the suite's
     * server holds while it runs (Arquillian's deployment of the EAR is written into helpdesk.xml, its content is in
     * the suite's data folder): this server deploys the EAR from its own deployments folder.
     */
    private static void copyConfiguration(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(file);
                if (relative.startsWith("standalone_xml_history")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (relative.toString().equals("helpdesk.xml")) {
                    Files.writeString(target, Files.readString(file)
                            .replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow links: a link to the suite's H2 folder is removed, not what it points to.
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

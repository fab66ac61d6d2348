package org.helpdesk.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.helpdesk.infrastructure.persistence.migration.V74__Help_desk_day_for_closure_hours;

/**
 * Brings the schema to the latest version at deployment, with the migrations in {@code db/migration} (the same on
 * H2 and PostgreSQL), those in {@code db/vendor/<database>} (indexes only one of them has, such as PostgreSQL's
 * trigram indexes), the folder named after the database the data source connects to ({@code h2},
 * {@code postgresql}), and those written in Java ({@code infrastructure.persistence.migration}, for both).
 *
 * <p>If the database cannot be reached, the deployment still succeeds: one log line names the JDBC URL and the
 * cause, the health endpoint reports the database DOWN, and the migration is tried again every minute, so the
 * application recovers by itself once the database is back.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    private volatile boolean migrated;
    private volatile String lastFailure;

    @PostConstruct
    void migrateAtStart() {
        migrate();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void retryUntilMigrated() {
        if (!migrated) {
            migrate();
        }
    }

    @Lock(LockType.WRITE)
    void migrate() {
        if (migrated) {
            return;
        }
        try {
            MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                    .javaMigrations(javaMigrations())
                    // The batch job repository may create its tables in a new database first: baselining at 0
                    // still applies every migration from V1.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            migrated = true;
            lastFailure = null;
            LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations applied now) on " + jdbcUrl());
        } catch (RuntimeException | SQLException e) {
            String cause = RootCause.of(e);
            if (!cause.equals(lastFailure)) {
                LOG.severe("Database unreachable or not migrated at " + jdbcUrl() + ": " + cause
                        + ". Helpdesk reports the database DOWN at /helpdesk/api/health and retries every minute.");
                LOG.log(Level.FINE, "Migration failure", e);
            }
            lastFailure = cause;
        }
    }

    /**
     * @return the migrations written in Java ({@code infrastructure.persistence.migration}), listed here rather than
     *         found by a class path scan, so that none depends on the package it lives in
     */
    private static JavaMigration[] javaMigrations() {
        return new JavaMigration[] {new V74__Help_desk_day_for_closure_hours()};
    }

    /** @return {@code h2} or {@code postgresql}: the folder under {@code db/vendor} of this database's own migrations */
    private String vendor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
        }
    }

    /** @return whether the schema is at the latest version */
    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }

    /** @return the last reason the migration failed, if it has not succeeded yet */
    @Lock(LockType.READ)
    public Optional<String> lastFailure() {
        return migrated ? Optional.empty() : Optional.ofNullable(lastFailure);
    }

    /** The URL the server's datasource uses, as configured by the {@code helpdesk.db} switch. */
    private static String jdbcUrl() {
        return System.getProperty("helpdesk.jdbc.url", "java:jboss/datasources/HelpdeskDS");
    }
}

package org.helpdesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutagesTest {

    @Test
    void aConnectionThatFailsBeforeTheCommitMeansNothingWasSaved() {
        Throwable flush = new EJBException(new PersistenceException("could not execute statement",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertEquals(DatabaseOutages.Kind.UNREACHABLE, DatabaseOutages.kind(flush));
    }

    @Test
    void aServerShuttingDownOrRefusingConnectionsIsAnOutage() {
        assertEquals(DatabaseOutages.Kind.UNREACHABLE, DatabaseOutages.kind(new EJBException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertEquals(DatabaseOutages.Kind.UNREACHABLE, DatabaseOutages.kind(
                new SQLTransientConnectionException("pool timed out")));
        assertEquals(DatabaseOutages.Kind.UNREACHABLE, DatabaseOutages.kind(new EJBException(
                new ResourceException("IJ000453: Unable to get managed connection"))));
    }

    @Test
    void aConnectionThatFailsDuringTheCommitLeavesTheOutcomeUnknown() {
        RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
        commit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertEquals(DatabaseOutages.Kind.DURING_COMMIT, DatabaseOutages.kind(new EJBException(commit)));
        assertEquals(DatabaseOutages.Kind.DURING_COMMIT, DatabaseOutages.kind(new CommitOutcomeUnknown(commit)));
    }

    @Test
    void anyOtherFailureIsNotTheDatabasesOutage() {
        assertEquals(DatabaseOutages.Kind.OTHER, DatabaseOutages.kind(new IllegalStateException("a bug")));
        assertEquals(DatabaseOutages.Kind.OTHER, DatabaseOutages.kind(new EJBException(new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")))));
        assertEquals(DatabaseOutages.Kind.OTHER, DatabaseOutages.kind(new RollbackException("marked rollback")));
    }

    @Test
    void aRequestThatFailedOnTheDatabaseIsToldToTheHealthCheck() {
        DatabaseOutages outages = new DatabaseOutages();
        assertTrue(outages.failing().isEmpty());

        outages.failed("SQLException: connection refused");

        assertTrue(outages.failing().orElseThrow().contains("connection refused"));
    }
}

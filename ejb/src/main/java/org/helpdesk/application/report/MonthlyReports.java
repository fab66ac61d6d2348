package org.helpdesk.application.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.helpdesk.reports.monthly.MonthlyReport;

/**
 * The content of one customer's monthly report, for the monthly report run (which renders and mails it). Runs in
 * the caller's transaction; reads rows, not entities, so that a run over thousands of customers keeps its memory
 * flat.
 */
public interface MonthlyReports {

    /**
     * @param customerId the customer's id, as the run's partitions list them
     * @param now the instant the report is made at (its "made on" date, and the clock of pending milestones)
     * @return the report, or empty if there is no such customer
     */
    Optional<MonthlyReport> assemble(long customerId, YearMonth month, Instant now);
}

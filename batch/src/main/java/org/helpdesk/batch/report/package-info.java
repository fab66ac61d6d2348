/**
 * The monthly report run (job {@code monthly-report}, {@code META-INF/batch-jobs/monthly-report.xml}): its batch
 * artifacts (partition mapper, reader, processor, writer, delivery batchlet), the JDBC access to its tables and the
 * report mail. Reports are built by the reports module from the figures of the ejb module's
 * {@code MonthlyReports} (the application's public interface); nothing here builds a report of its own.
 */
package org.helpdesk.batch.report;

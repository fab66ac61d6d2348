/**
 * The implementation of {@code org.helpdesk.application.report.MonthlyReportRuns} (administrators start, follow, restart
 * and retry runs): the transaction and security boundary in front of the batch runtime.
 */
package org.helpdesk.batch.application;

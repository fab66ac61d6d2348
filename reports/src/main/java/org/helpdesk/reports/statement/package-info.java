/**
 * The auditors' hours-spent statement: its data rows, the SHA-256 checksum of those rows, the CSV writer that
 * streams any number of rows, and the PDF/A-1a and XLSX documents filled from the JasperReports template.
 */
package org.helpdesk.reports.statement;

/**
 * Rendering of the customer's monthly call report and the auditors' hours-spent statements with JasperReports:
 * the templates (compiled at build time from {@code src/main/jasperreports}), their bundles in English and Italian,
 * and the code that fills and exports them. It takes plain data records and never reads the database: the
 * application services in the EJB module gather the data.
 */
package org.helpdesk.reports;

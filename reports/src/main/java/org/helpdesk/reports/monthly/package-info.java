/** The customer's monthly call report: its data record, the charts and the PDF renderer. */
package org.helpdesk.reports.monthly;

/** Screens of the reports: the auditors' hours-spent statements. */
package org.helpdesk.web.report;

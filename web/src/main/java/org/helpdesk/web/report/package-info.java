/** Screens of the reports: the auditors' hours-spent statements and the state of month close. */
package org.helpdesk.web.report;

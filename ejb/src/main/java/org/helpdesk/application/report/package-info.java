/** What reports and statements are made of: the monthly report's data, the hours-spent statements, month close, and the monthly report run (implemented in the batch module). */
package org.helpdesk.application.report;

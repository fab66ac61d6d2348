/** Service and programming tickets as screens, the REST API and batch jobs use them: the two ticket services, their commands and views, the list filter and order, the milestone targets and the dashboard counts. */
package org.helpdesk.application.ticket;

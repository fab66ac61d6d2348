/** The report services' implementations: the queries that gather a month's calls and hours. Used only by the container. */
package org.helpdesk.application.report.internal;

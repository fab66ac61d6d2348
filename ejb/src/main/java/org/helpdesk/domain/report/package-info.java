/**
 * The read models of the reports and the dashboard: query interfaces over several aggregates (tickets, their time
 * entries, customers) whose results are plain records, for figures that are counted, never changed. Implemented by
 * the persistence layer; nothing here writes.
 */
package org.helpdesk.domain.report;

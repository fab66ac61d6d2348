/**
 * The servers the help desk runs on and the work each one holds: for the health check, the administrator's screen
 * and the monthly report run's takeover when its server dies.
 */
package org.helpdesk.application.cluster;

/** Checks of what Helpdesk depends on at run time (database, mail server), for the health endpoint. */
package org.helpdesk.infrastructure.health;

/** Whether Helpdesk can work: the checks of what it depends on at run time (database, its migrations, mail server), for the health endpoint, monitors and the schedules that wait for the database. */
package org.helpdesk.application.health;

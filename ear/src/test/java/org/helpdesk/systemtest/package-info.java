/**
 * System tests: the real EAR deployed by Arquillian into the managed WildFly that the build configured, checked
 * from outside as a user would: HTTP answers, rows in the database, mails in GreenMail.
 */
package org.helpdesk.systemtest;

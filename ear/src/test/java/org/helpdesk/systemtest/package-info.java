/**
 * System tests: the real EAR deployed by Arquillian into the managed WildFly that the build configured, checked
 * from outside as a user would: HTTP answers, rows in the database, mails in GreenMail. A test that kills a server or
 * cuts off its mail does so to a server of its own ({@link org.helpdesk.systemtest.OwnServer}), never to the suite's;
 * tests that open a browser carry the tag {@value org.helpdesk.systemtest.Browser#TAG}.
 */
package org.helpdesk.systemtest;

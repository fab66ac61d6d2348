/**
 * When the monthly run starts: the nightly persistent timer, the catch-up after a server was down, the resumption of
 * an interrupted run and the retries of failed report mails. The decision of what is due is a plain, clock-free class.
 */
package org.helpdesk.batch.schedule;

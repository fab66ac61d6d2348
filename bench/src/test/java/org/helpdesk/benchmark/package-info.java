/**
 * The performance benchmark, run by {@code ./mvnw verify -Pbenchmark} and never by the normal build: a data
 * generator that loads a year of help-desk history with batched JDBC ({@link org.helpdesk.benchmark.DataGenerator}),
 * and {@link org.helpdesk.benchmark.TicketBenchmark}, which measures ticket creation over REST against the raw JDBC
 * ceiling and the main read queries at a million tickets, and prints the figures next to their targets; the others
 * measure the staff screens, the monthly report run and mail coming in by IMAP ({@code MailInBenchmark}, with its
 * GreenMail and the relay {@code ImapWithoutMove}).
 */
package org.helpdesk.benchmark;

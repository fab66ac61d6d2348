/**
 * Demo data for a first run: the accounts, four months of tickets and the conversations by mail that the run
 * command, the system tests and the benchmark sign in with. Only in the demo EAR ({@code helpdesk-demo.ear}), never
 * in the EAR a customer installs; even there never active unless the server runs with {@code -Dhelpdesk.demo=true},
 * and it only ever adds to an empty database.
 */
package org.helpdesk.demo;

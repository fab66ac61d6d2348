/**
 * Outgoing mail through an outbox: {@link org.helpdesk.infrastructure.mail.Outbox} stores a message in the
 * transaction of the change that causes it; {@link org.helpdesk.infrastructure.mail.OutboxSender} sends it only
 * after that transaction commits, and retries with backoff while the SMTP server is down. Nothing here decides
 * who gets a mail: the application services do.
 */
package org.helpdesk.infrastructure.mail;

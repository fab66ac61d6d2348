/**
 * Mail in: the readers of the help desk's mailboxes over IMAP ({@link org.helpdesk.infrastructure.mail.inbound.MailboxReaders}),
 * and the parser that turns a raw mail, which nothing trusts, into plain text, addresses and attachments
 * ({@link org.helpdesk.infrastructure.mail.inbound.MailParser}). What becomes of a mail is decided behind
 * {@link org.helpdesk.domain.mail.MailReceiver}.
 */
package org.helpdesk.infrastructure.mail.inbound;

/**
 * Screens of the mail that waits for an operator: the queue on the operator's home (an unknown sender, a new contact,
 * a reply after the closure, a flood from one sender) and what settles each mail. The mails on a ticket are shown by
 * the ticket's screen ({@code web.ticket}); the mails that could not be read by the administration ({@code web.admin}).
 * Calls {@link org.helpdesk.application.mail.ConversationService} only.
 */
package org.helpdesk.web.mail;

/** The mail outbox as an administrator sees it. */
package org.helpdesk.application.mail;

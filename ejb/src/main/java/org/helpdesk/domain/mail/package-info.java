/**
 * The mail the help desk owes people: every outgoing message is stored with the change that causes it (the
 * outbox) and sent after commit, exactly once. The sending itself is infrastructure ({@code infrastructure.mail}).
 */
package org.helpdesk.domain.mail;

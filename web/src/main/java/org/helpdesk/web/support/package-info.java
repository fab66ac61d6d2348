/** What every screen shares: the signed-in user's session and language, formatting, messages, sign-in. */
package org.helpdesk.web.support;

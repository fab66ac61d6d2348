/** The signed-in user's own settings: password. */
package org.helpdesk.web.account;

/**
 * Administration screens: staff accounts, customers and contacts, milestone targets, monthly report runs, the mails that
 * could not be read. ADMIN only.
 */
package org.helpdesk.web.admin;

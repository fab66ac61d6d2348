/**
 * Administration screens: staff accounts, customers and contacts, milestone targets, the help desk's calendar, monthly
 * report runs, the mails that could not be read. ADMIN only.
 */
package org.helpdesk.web.admin;

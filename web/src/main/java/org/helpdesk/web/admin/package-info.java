/**
 * Administration screens: staff accounts, customers and contacts, milestone targets, the help desk's calendar, monthly
 * report runs, the mails that could not be read, the mails that could not be sent. ADMIN only.
 */
package org.helpdesk.web.admin;

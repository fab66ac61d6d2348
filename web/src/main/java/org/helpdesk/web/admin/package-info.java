/** Administration screens: staff accounts, customers and contacts, milestone targets. ADMIN only. */
package org.helpdesk.web.admin;

/** Staff users: accounts, roles, passwords, and who the caller is. */
package org.helpdesk.application.staff;

/** Customers and their contacts, as the administration screens and the REST API manage them. */
package org.helpdesk.application.customer;

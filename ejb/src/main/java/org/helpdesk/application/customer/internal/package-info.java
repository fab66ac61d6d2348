/** The customer service's implementation. Used only by the container. */
package org.helpdesk.application.customer.internal;

/**
 * The software house's customers and the people it talks to there. A {@link org.helpdesk.domain.customer.Customer}
 * owns its {@link org.helpdesk.domain.customer.Contact}s; contacts are never deleted, only deactivated, because
 * old tickets still name them. Nothing here sends mail: the monthly report job reads
 * {@code monthlyReportRecipients()}.
 */
package org.helpdesk.domain.customer;

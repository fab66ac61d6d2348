package org.helpdesk.batch.report;

/** A customer whose report could not be built, and why: recorded, and the run goes on. */
public record FailedCustomer(long customerId, String reason) {
}

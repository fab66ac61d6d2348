package org.helpdesk.batch.report;

import java.time.Instant;
import java.time.YearMonth;

/** A customer's report as the build step produced it, on its way to the archive. */
public record BuiltReport(long customerId, String customerCode, YearMonth month, String language, Instant builtAt,
        byte[] pdf, String sha256) {
}

package org.helpdesk.application.report;

import jakarta.ejb.Local;
import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.helpdesk.domain.shared.InvalidValueException;

/**
 * The monthly report run, for administrators (every method: ADMIN): start a month's run, follow its progress, see
 * and retry its failures, re-send one customer's report, download any archived report. The run itself is the batch
 * job {@code monthly-report} of the batch module.
 */
@Local
public interface MonthlyReportRuns {

    /** One execution of the job; {@code customersDone} of {@code customersTotal} have their report archived. */
    record RunView(long executionId, long instanceId, String month, String status, String exitStatus,
            Instant startedAt, Instant endedAt, int customersTotal, int customersDone, int mailsSent,
            int mailsPending, int failures) implements java.io.Serializable {

        /** @return the share of customers done, 0 to 100 */
        public int percentDone() {
            return customersTotal == 0 ? (isFinished() ? 100 : 0) : Math.min(100, customersDone * 100 / customersTotal);
        }

        /** @return whether the run has ended, whatever its outcome; {@code finished} in JSON, as the OpenAPI document says */
        @JsonbProperty("finished")
        public boolean isFinished() {
            return !"STARTING".equals(status) && !"STARTED".equals(status) && !"STOPPING".equals(status);
        }
    }

    /**
     * A customer whose report was not delivered: {@code deliveryId} is set when a mail failed (retry it with
     * {@link #retryDelivery}), empty when the report could not be built or has no recipient (re-send the customer).
     */
    record FailureView(Long deliveryId, String customer, String month, String recipient, String reason, int attempts,
            Instant nextAttemptAt) implements java.io.Serializable {
    }

    /** A report kept in the archive. */
    record ArchiveView(long id, String customer, String customerName, String month, int version, String language,
            Instant builtAt, String sha256, int size) implements java.io.Serializable {
    }

    /** An archived report's PDF and the file name to give it. */
    record ArchivedPdf(String fileName, byte[] pdf) implements java.io.Serializable {
    }

    /**
     * Starts the run of a month for every active customer, or for the given customer codes only.
     *
     * @return the job execution id
     * @throws InvalidValueException (422) for a month that has not ended
     * @throws UnknownReferenceException (422, field {@code customers}) for an unknown customer code
     */
    long start(YearMonth month, List<String> customers);

    /**
     * Restarts a failed or stopped execution (also one interrupted by a crash), with the parameters it had: it
     * completes the customers not yet done and sends the mails not yet sent.
     *
     * @return the new execution id
     * @throws NotFoundException (404) for an unknown execution
     * @throws InvalidValueException (422) for one that cannot be restarted
     */
    long restart(long executionId);

    /** @return the newest executions first, at most {@code limit} */
    List<RunView> runs(int limit);

    Optional<RunView> run(long executionId);

    /** @return every delivery not yet sent after its attempts (newest first) and every customer whose report failed */
    List<FailureView> failures(int limit);

    /**
     * Sends one failed delivery now, whatever its backoff.
     *
     * @return whether it was sent now
     */
    boolean retryDelivery(long deliveryId);

    /**
     * Sends every failed delivery now, whatever its backoff.
     *
     * @return how many were sent
     */
    int retryFailedDeliveries();

    /** Builds a new version of one customer's report for the month and mails it (a run for that customer only). */
    long resend(String customer, YearMonth month);

    /** @return the archived reports of a month, customer code order, every version */
    List<ArchiveView> archive(YearMonth month);

    /** @throws NotFoundException (404) for an unknown archive id */
    ArchivedPdf archivedPdf(long archiveId);

    /**
     * Does now what the nightly schedule does about the monthly run: starts the run of the month most recently due
     * if its scheduled run was never started (for instance because the server was down at the time).
     *
     * @return the month started, if one was
     */
    Optional<YearMonth> catchUp();
}

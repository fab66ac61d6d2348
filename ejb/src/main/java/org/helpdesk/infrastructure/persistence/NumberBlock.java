package org.helpdesk.infrastructure.persistence;

/**
 * Values of a database sequence handed out from blocks, so that one {@code nextval} serves many callers. The sequence's
 * increment is the block's length: a {@code nextval} that returns {@code v} reserves {@code v} to
 * {@code v + increment - 1} for this block alone, since every other {@code nextval}, on this server or another, returns
 * a value at least {@code increment} away. Within one block values come in increasing order; values of a block not
 * used up when the server stops are never used (gaps after a restart). Thread-safe: callers share one instance.
 */
public final class NumberBlock {

    /** The database side, called in the caller's thread and transaction. */
    public interface Sequence {
        /** @return the sequence's increment: read once, at the first block */
        long increment();

        /** @return the sequence's next value: called when the block is used up, other callers waiting meanwhile */
        long nextval();
    }

    private long length;
    private long next;
    private long end;

    /** @return a value no other caller, on this server or another, gets from the same sequence */
    public synchronized long next(Sequence sequence) {
        if (next == end) {
            if (length == 0) {
                long read = sequence.increment();
                if (read < 1) {
                    throw new IllegalStateException("A sequence that hands out blocks needs a positive increment, not "
                            + read + ".");
                }
                length = read;
            }
            long start = sequence.nextval();
            next = start;
            end = start + length;
        }
        return next++;
    }
}

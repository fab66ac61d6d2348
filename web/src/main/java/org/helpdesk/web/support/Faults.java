package org.helpdesk.web.support;

import jakarta.ejb.EJBException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of ours (a bug, a broken dependency), as opposed to a refusal: logged once on the server with its stack
 * trace, under a reference the user can quote, while the user gets a message without any detail of the code.
 *
 * <p>A fault that came out of a service arrives as an {@link EJBException} (or wrapped around one): the EJB container
 * has already logged it with its stack trace (WFLYEJB0034, on the same thread, just before). Then only one line is
 * added, naming the reference and the cause, so that the stack trace is in the log once.
 */
public final class Faults {

    private static final Logger LOG = Logger.getLogger(Faults.class.getName());

    private Faults() {
    }

    /** @return the reference the fault was logged under */
    public static String logged(Throwable fault) {
        String reference = UUID.randomUUID().toString();
        if (cameOutOfAService(fault)) {
            LOG.severe(() -> "Unexpected error, reference " + reference + ": " + rootCause(fault)
                    + " (its stack trace is the EJB container's entry just before, on the same thread)");
        } else {
            LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, fault);
        }
        return reference;
    }

    /** Whether an {@link EJBException} is the fault or wraps it (Faces wraps what a bean's method threw). */
    private static boolean cameOutOfAService(Throwable fault) {
        for (Throwable cause = fault; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EJBException) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable fault) {
        Throwable cause = fault;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.toString();
    }
}

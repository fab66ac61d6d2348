package org.helpdesk.web.support;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A fault of ours on a screen outside a service call that {@link Messages#attempt} guards (a page that cannot be
 * built, a getter that fails): logged once with a reference ({@link Faults}) and answered with the error page, in
 * English and Italian. Without this, an ajax request would fail silently: Faces answers it with an error the browser
 * shows nowhere. An expired view is not a fault: {@link ExpiredViewHandling}, which wraps this handler, answers it
 * first. Registered in faces-config.xml.
 */
public class UnexpectedFaultHandling extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(UnexpectedFaultHandling.class.getName());

    /** web.xml's page for 500, which an ajax request is sent to. */
    private static final String ERROR_PAGE = "/error/500.html";

    public UnexpectedFaultHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            Throwable fault = null;
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                events.remove();
                if (fault == null) {
                    fault = thrown;
                } else {
                    fault.addSuppressed(thrown);
                }
            }
            if (fault != null) {
                answer(FacesContext.getCurrentInstance(), fault);
            }
            getWrapped().handle();
        }

        private static void answer(FacesContext faces, Throwable fault) {
            String reference = Faults.logged(fault);
            ExternalContext external = faces.getExternalContext();
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    external.redirect(external.getRequestContextPath() + ERROR_PAGE);
                } else {
                    external.responseSendError(500, null);
                }
            } catch (IOException | IllegalStateException e) {
                // Part of the page has already gone out: the browser gets it cut short; the fault is logged above.
                LOG.log(Level.WARNING, "Could not answer the fault " + reference + " with the error page", e);
            }
            faces.responseComplete();
        }
    }
}

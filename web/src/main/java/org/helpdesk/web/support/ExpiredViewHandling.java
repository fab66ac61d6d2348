package org.helpdesk.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * A form sent with a view state the server does not know (it expired with the session, the server restarted, or it
 * was never this server's), or without the script nonce of the page it came from, is answered with a page that says the page expired and leads to the sign-in page: status
 * 400 for a page, a redirect to the sign-in page for an ajax request, and one WARN line in the log, never an error
 * page or a stack trace. The page is written here rather than rendered as a view: the request's own view state and
 * script nonce are the unknown ones. Registered in faces-config.xml.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandling.class.getName());

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
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
            while (events.hasNext()) {
                Throwable unknown = unknownForm(events.next().getContext().getException());
                if (unknown != null) {
                    events.remove();
                    try {
                        answer(FacesContext.getCurrentInstance(), unknown);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            getWrapped().handle();
        }

        /** An unknown view state, or a form without the page's script nonce or with another page's. */
        private static Throwable unknownForm(Throwable thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                    return cause;
                }
            }
            return null;
        }

        private static void answer(FacesContext faces, Throwable unknown) throws IOException {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String what = unknown instanceof ViewExpiredException expired
                    ? "Unknown or expired view state for " + expired.getViewId()
                    : "A form without this page's script nonce (" + unknown.getMessage() + ") for "
                            + request.getRequestURI();
            LOG.warning(() -> what + " from " + request.getRemoteAddr() + (request.getRemoteUser() == null ? ""
                    : " (" + request.getRemoteUser() + ")") + ": answered that the page expired");
            String signIn = external.getRequestContextPath() + "/login.xhtml";
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(signIn + "?expired=true");
            } else {
                page(external, signIn, language(faces));
            }
            faces.responseComplete();
        }

        private static Locale language(FacesContext faces) {
            Locale chosen = faces.getApplication().evaluateExpressionGet(faces, "#{userSession.locale}", Locale.class);
            return chosen == null ? Locale.ENGLISH : chosen;
        }

        private static void page(ExternalContext external, String signIn, Locale locale) throws IOException {
            ResourceBundle messages = ResourceBundle.getBundle("org.helpdesk.web.messages", locale);
            external.setResponseStatus(400);
            external.setResponseContentType("text/html");
            external.setResponseCharacterEncoding("UTF-8");
            Writer out = external.getResponseOutputWriter();
            out.write("<!DOCTYPE html>\n<html lang=\"" + html(locale.getLanguage()) + "\"><head><meta charset=\"UTF-8\"/>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                    + html(messages.getString("signin.title")) + " - Helpdesk</title><link rel=\"stylesheet\" href=\""
                    + html(external.getRequestContextPath()) + "/jakarta.faces.resource/helpdesk/helpdesk.css.xhtml\"/>"
                    + "</head><body><main id=\"main\" class=\"login card\"><h1>Helpdesk</h1><p id=\"expired\">"
                    + html(messages.getString("signin.expired")) + "</p><p><a id=\"sign-in-again\" href=\""
                    + html(signIn) + "\">" + html(messages.getString("signin.submit")) + "</a></p></main></body></html>\n");
        }

        private static String html(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}

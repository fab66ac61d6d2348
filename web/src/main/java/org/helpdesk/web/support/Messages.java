package org.helpdesk.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.domain.ticket.IllegalTransitionException;
import org.helpdesk.domain.ticket.TicketRuleException;

/**
 * Runs a service call for a screen and turns every refusal the services can give into a message on the screen:
 * nothing reaches the user as a stack trace, and the screen keeps what the user typed.
 */
public final class Messages {

    private Messages() {
    }

    /** @return the call's result, or {@code null} after showing why it was refused */
    public static <T> T attempt(Supplier<T> call) {
        try {
            return call.get();
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String field = violation.getPropertyPath().toString();
                error(text("field." + field, field) + ": " + violation.getMessage());
            }
        } catch (StaleEditException e) {
            error(e.getMessage());
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts()
                    .add("document.getElementById('stale') && document.getElementById('stale').focus()");
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put("staleEdit", Boolean.TRUE);
        } catch (IllegalTransitionException | TicketRuleException | NotFoundException
                 | IllegalArgumentException e) {
            error(e.getMessage());
        } catch (EJBAccessException e) {
            error(text("error.forbidden", "Your role does not allow this action."));
        }
        return null;
    }

    /** For calls that return nothing: @return whether it succeeded */
    public static boolean attempt(Runnable call) {
        return attempt(() -> {
            call.run();
            return Boolean.TRUE;
        }) != null;
    }

    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, arguments), null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The text of {@code key}; patterns with arguments follow MessageFormat (write '' for an apostrophe). */
    public static String format(String key, Object... arguments) {
        String text = text(key, key);
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }

    private static String text(String key, String fallback) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}

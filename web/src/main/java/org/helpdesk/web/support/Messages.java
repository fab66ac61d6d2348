package org.helpdesk.web.support;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.helpdesk.application.NotFoundException;
import org.helpdesk.application.StaleEditException;
import org.helpdesk.domain.shared.InvalidValueException;
import org.helpdesk.domain.shared.LocalizedRefusal;
import org.helpdesk.domain.shared.Term;
import org.helpdesk.domain.ticket.IllegalTransitionException;
import org.helpdesk.domain.ticket.TicketRuleException;

/**
 * Runs a service call for a screen and turns every refusal the services can give into a message on the screen, in
 * the user's language (refused transitions, stale edits, business rules, refused values, unknown references and
 * constraints, all translated by the screens' bundles): nothing reaches the user as a stack trace, and the screen
 * keeps what the user typed. Anything else is a fault of ours: logged once ({@link Faults}) and shown as a general
 * message with the reference to quote.
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
                String label = label(violation);
                String text = violationText(violation);
                error(label == null ? capitalized(text) : label + ": " + text);
            }
        } catch (StaleEditException e) {
            error(localized(e, e.getMessage()));
            FacesContext.getCurrentInstance().getPartialViewContext().getEvalScripts()
                    .add("document.getElementById('stale-form:stale') && document.getElementById('stale-form:stale').focus()");
            FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put("staleEdit", Boolean.TRUE);
        } catch (IllegalTransitionException e) {
            error(transition(e));
        } catch (TicketRuleException | InvalidValueException | NotFoundException e) {
            error(refusal((LocalizedRefusal) e));
        } catch (EJBAccessException e) {
            error(text("error.forbidden", "Your role does not allow this action."));
        } catch (RuntimeException e) {
            error(format("error.unexpected", Faults.logged(e)));
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

    /**
     * The label of the field a constraint refused, from the bundle: of the command's own field first (a comment's
     * "text" is not the search's "text"), then of any field so named. Never a name of the code: without a label the
     * message is shown alone (a test keeps every command field labelled).
     *
     * @return null when the bundle has no label for it
     */
    private static String label(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        if (field == null) {
            return null;
        }
        Object leaf = violation.getLeafBean();
        Class<?> command = leaf == null ? violation.getRootBeanClass() : leaf.getClass();
        return text("field." + command.getSimpleName() + "." + field, text("field." + field, null));
    }

    private static String capitalized(String text) {
        return text == null || text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A constraint's message in the user's language: the services' constraints name a key ({@code {validation.…}})
     * that the screens' bundles translate; any other message is shown as the validator wrote it.
     */
    private static String violationText(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{validation.") && template.endsWith("}")) {
            return text(template.substring(1, template.length() - 1), violation.getMessage());
        }
        return violation.getMessage();
    }

    /** A refusal in the user's language (its English text if the screens' bundles lacked its key). */
    public static String refusal(LocalizedRefusal refusal) {
        return refusal(refusal, bundle());
    }

    /**
     * A refusal in the language of {@code bundle}, for a page whose language is not the signed-in user's (the public
     * questionnaire): the words it names ({@link Term}) come from the same bundle.
     */
    public static String refusal(LocalizedRefusal refusal, ResourceBundle bundle) {
        return localized(refusal, ((RuntimeException) refusal).getMessage(), bundle);
    }

    /** A refusal in the user's language, or {@code english} when the screens' bundles do not know its key. */
    private static String localized(LocalizedRefusal refusal, String english) {
        return localized(refusal, english, bundle());
    }

    private static String localized(LocalizedRefusal refusal, String english, ResourceBundle bundle) {
        String key = refusal.messageKey();
        if (key == null || !bundle.containsKey(key)) {
            return english;
        }
        Object[] arguments = refusal.messageArguments().stream().map(a -> argument(a, bundle)).toArray();
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    /** An argument as the pattern shows it: see {@link LocalizedRefusal}. */
    private static Object argument(Object value, ResourceBundle bundle) {
        if (value instanceof Term term) {
            return bundle.containsKey(term.key()) ? bundle.getString(term.key()) : term.english();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> String.valueOf(argument(v, bundle))).collect(Collectors.joining(", "));
        }
        if (value instanceof Enum<?> e) {
            return formats().label(e);
        }
        if (value instanceof Instant at) {
            return formats().dateTime(at);
        }
        if (value instanceof LocalDate day) {
            return formats().date(day);
        }
        return value == null ? "" : value.toString();
    }

    private static Formats formats() {
        return CDI.current().select(Formats.class).get();
    }

    /** "Ticket HD-… is Closed: it cannot be taken in charge. Allowed now: Reopen, Comment." in the user's language. */
    private static String transition(IllegalTransitionException e) {
        if (!bundle().containsKey("transition")) {
            return e.getMessage();
        }
        Formats fmt = CDI.current().select(Formats.class).get();
        String allowed = e.getAllowedNow().stream().map(a -> fmt.label("action", a.name()))
                .collect(Collectors.joining(", "));
        return new MessageFormat(bundle().getString(allowed.isEmpty() ? "transition.none" : "transition"),
                bundle().getLocale()).format(new Object[] {e.getTicketNumber(), fmt.label(e.getCurrentState()),
                    text("refused." + e.getAttemptedAction().name(), e.getAttemptedAction().name()), allowed});
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private static String text(String key, String fallback) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }
}

package org.helpdesk.web.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/**
 * The messages a screen shows after an action, for {@code WEB-INF/templates/messages.xhtml}: the page's own markup,
 * one block per message in a live region (errors as alerts, the rest as status), where PrimeFaces' message list gave
 * its list items the role "alert" and so stopped them being list items for assistive technology.
 */
@Named
@ApplicationScoped
public class PageMessages {

    /** @return the messages of no particular field, marked as shown */
    public List<FacesMessage> global() {
        return shown(FacesContext.getCurrentInstance().getMessageList(null));
    }

    /** @return every message of the request, marked as shown */
    public List<FacesMessage> all() {
        return shown(FacesContext.getCurrentInstance().getMessageList());
    }

    /** @return {@code error}, {@code warn} or {@code info}: the style of the message */
    public String kind(FacesMessage message) {
        int severity = message.getSeverity() == null ? 0 : message.getSeverity().getOrdinal();
        return severity >= FacesMessage.SEVERITY_ERROR.getOrdinal() ? "error"
                : severity == FacesMessage.SEVERITY_WARN.getOrdinal() ? "warn" : "info";
    }

    /** @return {@code alert} for an error (announced at once), else {@code status} (announced when idle) */
    public String role(FacesMessage message) {
        return "error".equals(kind(message)) ? "alert" : "status";
    }

    private static List<FacesMessage> shown(List<FacesMessage> messages) {
        messages.forEach(FacesMessage::rendered);
        return messages;
    }
}

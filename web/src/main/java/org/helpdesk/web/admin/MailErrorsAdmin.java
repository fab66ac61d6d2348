package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.helpdesk.application.mail.ConversationService;
import org.helpdesk.application.mail.ConversationService.MailErrorView;
import org.helpdesk.web.support.Messages;

/**
 * The mails that could not be read (unparseable, over the size limit), newest first, each left in its mailbox's
 * errors folder: Retry puts it back in the inbox, where its reader finds it within a minute (ADMIN).
 */
@Named
@ViewScoped
public class MailErrorsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ConversationService conversations;

    private List<MailErrorView> errors = List.of();

    @PostConstruct
    void load() {
        errors = conversations.errors();
    }

    public void retry(MailErrorView error) {
        if (Messages.attempt(() -> conversations.retry(error.id()))) {
            Messages.info("mailErrors.retrying");
            load();
        }
    }

    public List<MailErrorView> getErrors() {
        return errors;
    }
}

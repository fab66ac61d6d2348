package org.helpdesk.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.helpdesk.application.mail.OutboxService;
import org.helpdesk.application.mail.OutboxService.Unsent;
import org.helpdesk.web.support.Messages;

/**
 * The mails that did not go, on the administrator's home: how many were given up on, how many wait for another
 * attempt, the newest of them, and Try again now, which tries every one of them once more (ADMIN).
 */
@Named
@ViewScoped
public class OutboxAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The unsent mails the home lists. */
    private static final int SHOWN = 5;

    @EJB
    private OutboxService outbox;

    private Unsent unsent;

    @PostConstruct
    void load() {
        unsent = outbox.unsent(SHOWN);
    }

    public void retry() {
        Integer tried = Messages.attempt(() -> outbox.retryNow());
        if (tried != null) {
            Messages.info("outbox.retrying", tried);
            load();
        }
    }

    public Unsent getUnsent() {
        return unsent;
    }
}

package org.helpdesk.web.programming;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/**
 * The programmer's own open programming tickets, and the unassigned blocking ones anyone may pick up, with start,
 * fix ready and update sent.
 */
@Named
@ViewScoped
public class MyProgrammingTickets extends ProgrammingBoard {

    private static final long serialVersionUID = 1L;

    @Override
    protected String assigneeFilter() {
        return session().getUser().username();
    }
}

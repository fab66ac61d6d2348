package org.helpdesk.systemtest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Supplier;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;

/**
 * Never part of Helpdesk: the backing bean of {@code app/faulty-screen.xhtml}, which {@link ProblemResponsesIT} adds
 * to its own deployment, as a screen with bugs. Both of its actions are faults of ours, neither a user's mistake.
 */
@Named
@RequestScoped
public class FaultyScreen {

    @EJB
    private ServiceTicketService tickets;

    /**
     * A service call with a bug (pages of no tickets at all), guarded as every screen guards its calls: by the web
     * module's {@code Messages.attempt}, looked up when it runs since the web module's classes are not on this
     * module's compile path.
     */
    public void callService() throws ReflectiveOperationException {
        Supplier<Object> call = () -> tickets.list(TicketFilter.all(), TicketOrder.NEWEST_FIRST, null, 0);
        try {
            Class.forName("org.helpdesk.web.support.Messages").getMethod("attempt", Supplier.class)
                    .invoke(null, call);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Messages.attempt let the fault through", e.getCause());
        }
    }

    /** A bug of the screen's own, outside any service call. */
    public void failOutsideAService() {
        throw new IllegalStateException("A bug of a screen, provoked by ProblemResponsesIT");
    }
}

package org.helpdesk.web.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.helpdesk.application.ticket.ServiceTicketService;
import org.helpdesk.domain.shared.Page;
import org.helpdesk.domain.ticket.ServiceTicketSummary;
import org.helpdesk.domain.ticket.TicketFilter;
import org.helpdesk.domain.ticket.TicketOrder;

/** {@code /api/exports/…}: lists as files for spreadsheets. */
@ApplicationScoped
@Path("exports")
public class ExportResource {

    static final int EXPORT_PAGE = 500;

    @EJB
    private ServiceTicketService tickets;

    /**
     * Every ticket the filters select, in the list's order ({@code sort}), as CSV, streamed page by page so that no
     * size of result is held in memory.
     */
    @GET
    @Path("service-tickets")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@BeanParam TicketQuery query) {
        TicketFilter filter = query.toFilter();
        TicketOrder order = query.order();
        // The first page is read here, so a refused filter is a problem document rather than a broken file.
        Page<ServiceTicketSummary> first = tickets.list(filter, order, null, EXPORT_PAGE);
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            out.write(Csv.BOM);
            writer.write(Csv.line(List.of("number", "opened_at", "customer", "severity", "kind", "channel", "subject",
                    "state", "operator")));
            Page<ServiceTicketSummary> page = first;
            while (true) {
                for (ServiceTicketSummary t : page.items()) {
                    writer.write(Csv.line(Arrays.asList(t.number(), t.openedAt(), t.customerCode(), t.severity(),
                            t.kind(), t.channel(), t.subject(), t.state(), t.assignedOperator())));
                }
                writer.flush();
                if (page.next() == null) {
                    break;
                }
                page = tickets.list(filter, order, page.next(), EXPORT_PAGE);
            }
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"tickets.csv\"").build();
    }
}

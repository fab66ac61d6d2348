package org.helpdesk.benchmark.floor;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * {@code POST /floor/servlet/service-tickets}: a plain servlet, JSON-P in and out, the two rows by JDBC in a local
 * transaction on a pooled connection. The least a Java server can do for the same request on WildFly.
 * {@code POST /floor/servlet/echo}: the same without the database (the JSON read, the same answer written), what
 * the HTTP exchange alone costs.
 */
@WebServlet({"/servlet/service-tickets", "/servlet/echo"})
public class FloorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FloorTickets tickets;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject json;
        try (JsonReader reader = Json.createReader(request.getInputStream())) {
            json = reader.readObject();
        }
        JsonNumber contact = json.getJsonNumber("contactId");
        FloorTickets.Request command = new FloorTickets.Request(json.getString("customer"),
                contact == null ? null : contact.longValue(), json.getString("channel"), json.getString("kind"),
                json.getString("severity"), json.getString("subject"), json.getString("description"));
        FloorTickets.Opened opened;
        if (request.getServletPath().endsWith("/echo")) {
            opened = new FloorTickets.Opened("HD-0000-000000", 0, "NEW", command.customer(), command.contactId(),
                    command.channel(), command.kind(), command.severity(), command.subject(), command.description(),
                    "operator", Instant.now());
            write(request, response, opened);
            return;
        }
        try (Connection connection = tickets.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                opened = tickets.open(connection, command, "operator");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (FloorTickets.UnknownCustomer e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
            return;
        } catch (SQLException e) {
            throw new IOException(e);
        }
        write(request, response, opened);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, FloorTickets.Opened opened)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setHeader("Location", request.getRequestURL() + "/" + opened.number());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try (JsonGenerator out = Json.createGenerator(response.getOutputStream())) {
            out.writeStartObject().write("number", opened.number()).write("version", opened.version())
                    .write("state", opened.state()).write("customer", opened.customer());
            if (opened.contactId() != null) {
                out.write("contactId", opened.contactId());
            }
            out.write("channel", opened.channel()).write("kind", opened.kind()).write("severity", opened.severity())
                    .write("subject", opened.subject()).write("description", opened.description())
                    .write("openedBy", opened.openedBy()).write("openedAt", opened.openedAt().toString())
                    .writeEnd();
        }
    }
}

package org.helpdesk.benchmark.floor;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Writes what the application writes when it opens a ticket: the {@code service_ticket} row and its "created"
 * {@code audit_event} row, ids and number from blocks of 50 of the application's sequences (as Hibernate's pooled
 * ids and the application's number blocks), the customer's id from a cache (as the application's second-level
 * cache). The caller owns the connection and its transaction.
 */
@ApplicationScoped
public class FloorTickets {

    /** A ticket to open: the fields of the application's request. */
    public record Request(String customer, Long contactId, String channel, String kind, String severity,
            String subject, String description) {
    }

    /** What was written. */
    public record Opened(String number, long version, String state, String customer, Long contactId, String channel,
            String kind, String severity, String subject, String description, String openedBy, Instant openedAt) {
    }

    /** The customer code names no customer. */
    public static final class UnknownCustomer extends Exception {
        private static final long serialVersionUID = 1L;

        UnknownCustomer(String code) {
            super("There is no customer " + code + ".");
        }
    }

    /**
     * The ticket's row; parameters: id, number, customer, contact, channel, kind, severity, subject, description,
     * opened at, opened by, last modified at, last modified by. The raw JDBC ceiling runs it too.
     */
    public static final String INSERT_TICKET = "INSERT INTO service_ticket (id, version, number, customer_id, contact_id,"
            + " channel, kind, severity, subject, description, state, assigned_operator, opened_at, opened_by,"
            + " last_modified_at, last_modified_by, reopen_count) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'NEW', NULL, ?,"
            + " ?, ?, ?, 0)";
    /** Its "created" audit row; parameters: id, ticket id, ticket number, at, actor, note (the subject). */
    public static final String INSERT_AUDIT = "INSERT INTO audit_event (id, ticket_type, ticket_id, ticket_number, at, actor,"
            + " field, old_value, new_value, note) VALUES (?, 'SERVICE', ?, ?, ?, ?, 'created', NULL, 'NEW', ?)";

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    private DataSource dataSource;

    private final Map<String, Long> customers = new ConcurrentHashMap<>();
    private final Block ticketIds = Block.ids("service_ticket_seq");
    private final Block auditIds = Block.ids("audit_event_seq");
    private final Block numbers = Block.numbers("service_ticket_number_seq");

    public DataSource dataSource() {
        return dataSource;
    }

    public Opened open(Connection connection, Request request, String by) throws SQLException, UnknownCustomer {
        long customerId = customerId(connection, request.customer());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        long id = ticketIds.next(connection);
        String number = String.format(Locale.ROOT, "HD-%d-%06d", now.getYear(), numbers.next(connection));
        try (PreparedStatement ticket = connection.prepareStatement(INSERT_TICKET)) {
            ticket.setLong(1, id);
            ticket.setString(2, number);
            ticket.setLong(3, customerId);
            ticket.setObject(4, request.contactId(), Types.BIGINT);
            ticket.setString(5, request.channel());
            ticket.setString(6, request.kind());
            ticket.setString(7, request.severity());
            ticket.setString(8, request.subject());
            ticket.setString(9, request.description());
            ticket.setObject(10, now);
            ticket.setString(11, by);
            ticket.setObject(12, now);
            ticket.setString(13, by);
            ticket.executeUpdate();
        }
        try (PreparedStatement audit = connection.prepareStatement(INSERT_AUDIT)) {
            audit.setLong(1, auditIds.next(connection));
            audit.setLong(2, id);
            audit.setString(3, number);
            audit.setObject(4, now);
            audit.setString(5, by);
            audit.setString(6, request.subject());
            audit.executeUpdate();
        }
        return new Opened(number, 0, "NEW", request.customer(), request.contactId(), request.channel(),
                request.kind(), request.severity(), request.subject(), request.description(), by, now.toInstant());
    }

    private long customerId(Connection connection, String code) throws SQLException, UnknownCustomer {
        Long id = customers.get(code);
        if (id == null) {
            try (PreparedStatement s = connection.prepareStatement("SELECT id FROM customer WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new UnknownCustomer(code);
                    }
                    id = rs.getLong(1);
                }
            }
            customers.put(code, id);
        }
        return id;
    }

    /**
     * A block of 50 values of a sequence, taken with one {@code nextval}: ids end at the value it returns (Hibernate's
     * pooled optimizer), ticket numbers start there (V50). Thread-safe.
     */
    public static final class Block {
        private final String sequence;
        private final boolean endsAtValue;
        private long next;
        private long end;

        private Block(String sequence, boolean endsAtValue) {
            this.sequence = sequence;
            this.endsAtValue = endsAtValue;
        }

        /** @return a block of ids, as Hibernate's pooled optimizer hands them out */
        public static Block ids(String sequence) {
            return new Block(sequence, true);
        }

        /** @return a block of ticket numbers, as the application hands them out */
        public static Block numbers(String sequence) {
            return new Block(sequence, false);
        }

        public synchronized long next(Connection connection) throws SQLException {
            if (next == end) {
                long value;
                try (PreparedStatement s = connection.prepareStatement("SELECT nextval(?)")) {
                    s.setString(1, sequence);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        value = rs.getLong(1);
                    }
                }
                next = endsAtValue ? value - 49 : value;
                end = next + 50;
            }
            return next++;
        }
    }
}

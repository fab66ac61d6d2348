package org.helpdesk.reports.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.helpdesk.reports.Templates;

/**
 * Writes a statement as CSV while its entries arrive, one at a time, so that a statement of any size is written
 * in constant memory: UTF-8 with a byte-order mark, CRLF line ends, every field quoted (LibreOffice and Excel
 * open it as is).
 *
 * <p>Layout: the statement's number, parameters and time of production; a heading line; then one line per row,
 * whose first field says what it is: {@code ENTRY} (a time entry: customer, customer name, ticket, entry,
 * reversed entry, staff member, work date, minutes, level, activity), {@code TICKET} and {@code CUSTOMER}
 * (subtotals, minutes in the minutes column) and one {@code TOTAL}; last, the checksum line. The checksum is the
 * SHA-256 of the ENTRY lines exactly as written (UTF-8, with their CRLF), in order: anyone can recompute it from the
 * file.
 */
public final class StatementCsv implements AutoCloseable {

    public static final String ENTRY = "ENTRY";
    public static final String TICKET = "TICKET";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String TOTAL = "TOTAL";
    public static final String CHECKSUM = "SHA-256";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    private final OutputStream out;
    private final StatementChecksum checksum = new StatementChecksum();
    private String customer;
    private String customerName;
    private String ticket;
    private long customerMinutes;
    private long ticketMinutes;
    private long totalMinutes;
    private int count;

    /** Writes the header lines at once. */
    public StatementCsv(StatementHeader header, OutputStream out) {
        this.out = out;
        ResourceBundle labels = Templates.labels(header.language());
        try {
            out.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(line(labels.getString("statement.title"), header.number()));
        write(line(labels.getString("statement.parameters"), header.from(), header.to(),
                Objects.toString(header.customer(), ""), Objects.toString(header.staff(), ""),
                Objects.toString(header.ticket(), ""), header.parameters()));
        write(line(labels.getString("statement.produced"), header.producedAtText()));
        write(line("row", "customer", "customer name", "ticket", "entry", "reverses", "staff", "work date", "minutes",
                "level", "activity"));
    }

    /** Adds an entry; entries must come ordered by customer, then ticket. */
    public void add(StatementEntry entry) {
        if (ticket != null && !ticket.equals(entry.ticketNumber())) {
            ticketTotal();
        }
        if (customer != null && !customer.equals(entry.customerCode())) {
            customerTotal();
        }
        customer = entry.customerCode();
        customerName = entry.customerName();
        ticket = entry.ticketNumber();
        List<Object> fields = new ArrayList<>();
        fields.add(ENTRY);
        fields.addAll(Arrays.asList(entry.fields()));
        byte[] line = bytes(line(fields.toArray()));
        checksum.add(line);
        write(line);
        customerMinutes += entry.minutes();
        ticketMinutes += entry.minutes();
        totalMinutes += entry.minutes();
        count++;
    }

    /** Writes the last subtotals, the grand total and the checksum, and flushes; the stream stays open. */
    @Override
    public void close() {
        if (ticket != null) {
            ticketTotal();
            customerTotal();
        }
        write(line(TOTAL, "", "", "", count, "", "", "", totalMinutes, "", ""));
        write(line(CHECKSUM, checksum.hex()));
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the checksum of the entries added so far */
    public String checksum() {
        return checksum.hex();
    }

    public long totalMinutes() {
        return totalMinutes;
    }

    public int count() {
        return count;
    }

    private void ticketTotal() {
        write(line(TICKET, customer, customerName, ticket, "", "", "", "", ticketMinutes, "", ""));
        ticketMinutes = 0;
    }

    private void customerTotal() {
        write(line(CUSTOMER, customer, customerName, "", "", "", "", "", customerMinutes, "", ""));
        customerMinutes = 0;
    }

    private void write(String line) {
        write(bytes(line));
    }

    private void write(byte[] line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }

    static String line(Object... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields[i]));
        }
        return line.append("\r\n").toString();
    }

    /** A text a spreadsheet would run as a formula gets an apostrophe; numbers stay numbers. */
    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

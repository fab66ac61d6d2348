package org.helpdesk.reports.statement;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.helpdesk.reports.Branding;
import org.helpdesk.reports.Templates;

/**
 * Writes a statement as an XLSX workbook while its entries arrive, one at a time (a window of rows in memory, the
 * rest on disk until the end), so a spreadsheet can add it up: one sheet, a header row frozen at the top with a
 * filter on every column, one row per time entry with the minutes and the decimal hours as numbers (number formats
 * {@code #,##0} and {@code #,##0.00}) and the work date as a date; the subtotals of each ticket and customer and the
 * grand total as {@code SUBTOTAL(9, …)} formulas over the minutes, with their values stored too (a subtotal leaves
 * the subtotals inside its range out, and the rows a filter hides); last, the checksum line in one cell.
 *
 * <p>Columns: customer, customer name, ticket, entry, reversed entry, staff member, work date, level, activity,
 * minutes, hours. The first column of a subtotal or total row is empty and its activity names what it adds up.
 */
public final class StatementXlsx implements AutoCloseable {

    static final int MINUTES = 9;
    static final int HOURS = 10;
    private static final int COLUMNS = 11;
    private static final int[] WIDTHS = {12, 28, 16, 9, 9, 14, 11, 14, 48, 10, 10};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final OutputStream out;
    private final ResourceBundle labels;
    private final StatementChecksum checksum = new StatementChecksum();
    private final CellStyle minutes;
    private final CellStyle hours;
    private final CellStyle date;
    private final CellStyle bold;
    private final CellStyle boldMinutes;
    private final CellStyle boldHours;
    private final int headerRow;
    private int next;
    private String customer;
    private String customerName;
    private String ticket;
    private int customerFirst;
    private int ticketFirst;
    private long customerMinutes;
    private long ticketMinutes;
    private long totalMinutes;
    private int count;

    /** Writes the statement's heading lines and the column headers at once, branded as the system properties say. */
    public StatementXlsx(StatementHeader header, OutputStream out) {
        this(header, Branding.current(), out);
    }

    /** Writes the statement's heading lines (the help desk's name first) and the column headers at once. */
    public StatementXlsx(StatementHeader header, Branding branding, OutputStream out) {
        this.out = out;
        this.labels = Templates.labels(header.language());
        sheet = workbook.createSheet(header.number());
        DataFormat formats = workbook.createDataFormat();
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        minutes = style(formats.getFormat("#,##0"), null);
        hours = style(formats.getFormat("#,##0.00"), null);
        date = style(formats.getFormat("yyyy-mm-dd"), null);
        bold = style((short) 0, boldFont);
        boldMinutes = style(formats.getFormat("#,##0"), boldFont);
        boldHours = style(formats.getFormat("#,##0.00"), boldFont);
        sheet.createRow(next++).createCell(0).setCellValue(branding.line());
        Cell title = sheet.createRow(next++).createCell(0);
        title.setCellValue(labels.getString("statement.title") + " " + header.number());
        title.setCellStyle(bold);
        sheet.createRow(next++).createCell(0).setCellValue(header.parameters());
        sheet.createRow(next++).createCell(0).setCellValue(labels.getString("statement.produced") + " "
                + header.producedAtText());
        next++;
        headerRow = next++;
        Row columns = sheet.createRow(headerRow);
        List<String> keys = List.of("statement.col.customer", "statement.col.customerName", "statement.col.ticket",
                "statement.col.entry", "statement.col.reverses", "statement.col.staff", "statement.col.date",
                "statement.col.level", "statement.col.activity", "statement.col.minutes", "statement.col.hours");
        for (int i = 0; i < COLUMNS; i++) {
            Cell cell = columns.createCell(i);
            cell.setCellValue(labels.getString(keys.get(i)));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
    }

    /** Adds an entry; entries must come ordered by customer, then ticket. */
    public void add(StatementEntry entry) {
        if (ticket != null && !ticket.equals(entry.ticketNumber())) {
            ticketTotal();
        }
        if (customer != null && !customer.equals(entry.customerCode())) {
            customerTotal();
        }
        if (customer == null || !customer.equals(entry.customerCode())) {
            customerFirst = next;
        }
        if (ticket == null || !ticket.equals(entry.ticketNumber())) {
            ticketFirst = next;
        }
        customer = entry.customerCode();
        customerName = entry.customerName();
        ticket = entry.ticketNumber();
        checksum.add(entry);
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(entry.customerCode());
        row.createCell(1).setCellValue(entry.customerName());
        row.createCell(2).setCellValue(entry.ticketNumber());
        row.createCell(3).setCellValue(entry.entryId());
        if (entry.reversesId() != null) {
            row.createCell(4).setCellValue(entry.reversesId());
        }
        row.createCell(5).setCellValue(entry.staff());
        Cell day = row.createCell(6);
        day.setCellValue(Date.from(entry.workDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
        day.setCellStyle(date);
        row.createCell(7).setCellValue(Templates.label(labels, "level." + entry.level()));
        row.createCell(8).setCellValue(entry.activity());
        Cell value = row.createCell(MINUTES);
        value.setCellValue(entry.minutes());
        value.setCellStyle(minutes);
        hoursOf(row, entry.minutes(), hours);
        customerMinutes += entry.minutes();
        ticketMinutes += entry.minutes();
        totalMinutes += entry.minutes();
        count++;
    }

    /** Writes the last subtotals, the grand total and the checksum, then the workbook; the stream stays open. */
    @Override
    public void close() {
        try {
            if (ticket != null) {
                ticketTotal();
                customerTotal();
            }
            int lastData = next - 1;
            next++;
            total(MessageFormat.format(labels.getString("statement.total"), count), headerRow + 1, lastData,
                    totalMinutes);
            if (lastData > headerRow) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, lastData, 0, COLUMNS - 1));
            }
            next++;
            sheet.createRow(next++).createCell(0).setCellValue(labels.getString("statement.checksum") + " "
                    + checksum.hex());
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // the temporary files are gone with dispose(); nothing left to release
            }
        }
    }

    /** @return the checksum of the entries added so far */
    public String checksum() {
        return checksum.hex();
    }

    private void ticketTotal() {
        total(labels.getString("statement.subtotal.ticket") + " " + ticket, ticketFirst, next - 1, ticketMinutes);
        ticketMinutes = 0;
    }

    private void customerTotal() {
        total(labels.getString("statement.subtotal.customer") + " " + customer + " - " + customerName, customerFirst,
                next - 1, customerMinutes);
        customerMinutes = 0;
    }

    /** A subtotal (or total) row: its label in the activity column, the minutes of rows {@code from..to}. */
    private void total(String label, int from, int to, long sum) {
        Row row = sheet.createRow(next++);
        Cell name = row.createCell(8);
        name.setCellValue(label);
        name.setCellStyle(bold);
        Cell value = row.createCell(MINUTES);
        String column = "J";
        value.setCellFormula(to < from ? "0" : "SUBTOTAL(9," + column + (from + 1) + ":" + column + (to + 1) + ")");
        value.setCellValue(sum);
        value.setCellStyle(boldMinutes);
        hoursOf(row, sum, boldHours);
    }

    private void hoursOf(Row row, long sum, CellStyle style) {
        Cell cell = row.createCell(HOURS);
        cell.setCellFormula("J" + (row.getRowNum() + 1) + "/60");
        cell.setCellValue(sum / 60.0);
        cell.setCellStyle(style);
    }

    private CellStyle style(short format, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }
}

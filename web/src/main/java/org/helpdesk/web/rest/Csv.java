package org.helpdesk.web.rest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as LibreOffice and Excel open it without questions: UTF-8 with a byte-order mark, CRLF line ends, every
 * field quoted. A field that a spreadsheet would run as a formula is prefixed with an apostrophe.
 */
final class Csv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    static String line(List<?> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

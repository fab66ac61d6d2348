package org.helpdesk.web.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The headers of an attachment's download: the sender chose its name and type, so a name cannot break the header
 * or hide its extension, and a type that a browser would run as a page of the help desk is never sent.
 */
class DownloadsTest {

    @Test
    void aPlainNameIsTheSameInBothForms() {
        assertEquals("attachment; filename=\"invoice-2026.pdf\"; filename*=UTF-8''invoice-2026.pdf",
                Downloads.contentDisposition("invoice-2026.pdf"));
    }

    @Test
    void aNameWithSpacesAndAccentsIsPercentEncodedInUtf8AndPlainAsciiInTheFallback() {
        assertEquals("attachment; filename=\"fattura di perch_ 2026.pdf\";"
                + " filename*=UTF-8''fattura%20di%20perch%C3%A9%202026.pdf",
                Downloads.contentDisposition("fattura di perché 2026.pdf"));
    }

    @Test
    void quotesBackslashesAndLineBreaksCannotBreakTheHeader() {
        String header = Downloads.contentDisposition("a\"b\\c\r\nSet-Cookie: x=1;.pdf");

        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals("attachment; filename=\"a_b_c__Set-Cookie: x=1;.pdf\";"
                + " filename*=UTF-8''a%22b_c__Set-Cookie%3A%20x%3D1%3B.pdf", header);
    }

    @Test
    void foldersAndLeadingDotsAreDropped() {
        assertEquals("_.._etc_passwd", Downloads.fileName("../../etc/passwd"));
        assertEquals("C:_Users_x_evil.bat", Downloads.fileName("C:\\Users\\x\\evil.bat"));
        assertEquals("bashrc", Downloads.fileName(".bashrc"));
    }

    @Test
    void aRightToLeftOverrideCannotDisguiseTheExtension() {
        assertEquals("invoice__fdp.exe", Downloads.fileName("invoice_\u202Efdp.exe"));
    }

    @Test
    void noNameIsCalledAttachment() {
        assertEquals("attachment; filename=\"attachment\"; filename*=UTF-8''attachment",
                Downloads.contentDisposition(null));
        assertEquals("attachment", Downloads.fileName("  "));
    }

    @Test
    void aVeryLongNameIsCut() {
        assertEquals(200, Downloads.fileName("x".repeat(500) + ".pdf").length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png", "IMAGE/JPEG", "text/plain; charset=UTF-8",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.text"})
    void aTypeNoBrowserRunsIsSentAsItIsWithoutParameters(String type) {
        String sent = Downloads.contentType(type);

        assertEquals(type.split(";")[0].toLowerCase(java.util.Locale.ROOT), sent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml",
        "application/javascript", "text/javascript", "multipart/related", "text/html\r\nX-Evil: 1", "", "pdf",
        "application/octet-stream"})
    void aTypeABrowserCouldRunIsSentAsBytes(String type) {
        assertEquals("application/octet-stream", Downloads.contentType(type));
    }

    @Test
    void noTypeIsBytes() {
        assertEquals("application/octet-stream", Downloads.contentType(null));
        assertTrue(Downloads.contentType("text/plain").startsWith("text/plain"));
    }
}

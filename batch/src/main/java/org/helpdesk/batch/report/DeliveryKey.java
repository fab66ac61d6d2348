package org.helpdesk.batch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The identity of one report mail: customer, month, report version and recipient. It is unique in report_delivery,
 * so one version of a report is queued once per address; the Message-ID derived from it is the same on every attempt,
 * so a mail sent twice (the SMTP server accepted it but the server stopped before recording it) is recognisably the
 * same message.
 */
public final class DeliveryKey {

    private DeliveryKey() {
    }

    public static String of(String customerCode, YearMonth month, int version, String recipient) {
        return customerCode + "/" + month + "/v" + version + "/" + recipient.strip().toLowerCase(Locale.ROOT);
    }

    /** @return {@code <hex SHA-256 of the key, 32 characters@helpdesk.monthly-report>} */
    public static String messageId(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(hash, 0, 16) + "@helpdesk.monthly-report>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

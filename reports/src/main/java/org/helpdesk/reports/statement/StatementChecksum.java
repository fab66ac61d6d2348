package org.helpdesk.reports.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a statement's data rows: each entry's CSV line (see {@link StatementCsv}), in order. It leaves out
 * the number, the time of production and the language, so two copies of the same data agree, whatever the format.
 */
public final class StatementChecksum {

    private final MessageDigest digest;

    public StatementChecksum() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JVM has no SHA-256.", e);
        }
    }

    /** @return the checksum of these entries, in this order */
    public static String of(Iterable<StatementEntry> entries) {
        StatementChecksum checksum = new StatementChecksum();
        for (StatementEntry entry : entries) {
            checksum.add(entry);
        }
        return checksum.hex();
    }

    public void add(StatementEntry entry) {
        java.util.List<Object> fields = new java.util.ArrayList<>();
        fields.add(StatementCsv.ENTRY);
        fields.addAll(java.util.Arrays.asList(entry.fields()));
        add(StatementCsv.line(fields.toArray()).getBytes(StandardCharsets.UTF_8));
    }

    void add(byte[] line) {
        digest.update(line);
    }

    /** @return the hexadecimal SHA-256 so far (the digest itself is not reset) */
    public String hex() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}

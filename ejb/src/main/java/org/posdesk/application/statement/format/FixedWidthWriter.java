package org.posdesk.application.statement.format;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes fixed-width records from a profile's field table: the inverse of the reader, for
 * fixture files (tests, the benchmark, the demo). Values are given by field name; a missing one is
 * blank (AN), zeros (N) or a blank sign and zeros (S11). Text is encoded with the profile's
 * charset before it is padded, so widths count bytes.
 */
public final class FixedWidthWriter {

    private final StatementProfile profile;

    public FixedWidthWriter(StatementProfile profile) {
        if (profile.family() != StatementProfile.Family.FIXED_WIDTH) {
            throw new IllegalArgumentException(profile.name() + " is not fixed width");
        }
        this.profile = profile;
    }

    /** One record of the long (all fields) or short layout, without the line end. */
    public byte[] record(Map<String, String> values, boolean longRecord) {
        int size = longRecord ? profile.recordLength() : profile.shortRecordLength();
        byte[] line = new byte[size];
        Arrays.fill(line, (byte) ' ');
        for (FixedField f : profile.fields()) {
            if (f.end() > size) {
                break;
            }
            byte[] cell = cell(f, values.get(f.name()));
            System.arraycopy(cell, 0, line, f.start(), f.length());
        }
        return line;
    }

    /** The record followed by CRLF, as UnionPay delivers it. */
    public byte[] line(Map<String, String> values, boolean longRecord) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(profile.recordLength() + 2);
        out.writeBytes(record(values, longRecord));
        out.write('\r');
        out.write('\n');
        return out.toByteArray();
    }

    private byte[] cell(FixedField f, String value) {
        byte[] cell = new byte[f.length()];
        String v = value == null ? "" : value;
        switch (f.format()) {
            case N -> {
                Arrays.fill(cell, (byte) '0');
                put(cell, ascii(v, f), f.length() - v.length());
            }
            case S11 -> {
                Arrays.fill(cell, (byte) '0');
                char sign = v.isEmpty() ? ' ' : v.charAt(0);
                String digits = v.isEmpty() ? "" : v.substring(1);
                cell[0] = (byte) sign;
                put(cell, ascii(digits, f), f.length() - digits.length());
            }
            case AN -> {
                Arrays.fill(cell, (byte) ' ');
                byte[] text = v.getBytes(profile.charset());
                if (text.length > f.length()) {
                    throw new IllegalArgumentException("field " + f.name() + " takes " + f.length() + " bytes");
                }
                put(cell, text, 0);
            }
            default -> throw new IllegalStateException();
        }
        return cell;
    }

    private static byte[] ascii(String v, FixedField f) {
        if (v.length() > f.length()) {
            throw new IllegalArgumentException("field " + f.name() + " takes " + f.length() + " digits");
        }
        return v.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void put(byte[] cell, byte[] value, int at) {
        System.arraycopy(value, 0, cell, at, value.length);
    }
}

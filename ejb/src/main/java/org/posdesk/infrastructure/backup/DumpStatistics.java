package org.posdesk.infrastructure.backup;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts and checksums the rows of a mariadb-dump stream as it passes, table by table.
 * <p>
 * Why from the stream: {@code --single-transaction} dumps one consistent snapshot while terminals
 * keep writing, and the application account cannot hold a global read lock (no RELOAD) to take
 * figures of its own at that same instant. The rows in the stream are exactly that snapshot, so
 * their figures are what the file must restore to. Verification computes the same figures from a
 * dump of the restored scratch database (same tool, same options, same parser): a changed value,
 * a lost row or a cut-off file shows as a difference.
 * <p>
 * The dump's grammar that matters here: lines starting {@code CREATE TABLE `name`} or
 * {@code CREATE SEQUENCE `name`} name a table (a sequence's state, {@code DO SETVAL(`name`, next, 0);},
 * counts as its one row);
 * statements starting a line with {@code INSERT INTO `name` VALUES (...),(...);} hold its rows
 * (on that line or on lines of their own, up to the semicolon), values being
 * numbers, NULL, hex literals ({@code --hex-blob}) or quoted strings with backslash escapes — so a
 * row ends at the first {@code )} outside quotes. The last line of a finished dump starts
 * {@code -- Dump completed}. Bytes are hashed as they are, never decoded.
 */
public final class DumpStatistics extends OutputStream {

    private static final byte[] INSERT = ascii("INSERT INTO `");
    private static final byte[] CREATE = ascii("CREATE TABLE `");
    private static final byte[] SEQUENCE = ascii("CREATE SEQUENCE `");
    private static final byte[] SETVAL = ascii("DO SETVAL(`");
    private static final byte[] COMPLETED = ascii("-- Dump completed");
    private static final byte[][] PREFIXES = {INSERT, CREATE, SEQUENCE, SETVAL, COMPLETED};
    private static final int HEAD = 17;

    private enum Mode { LINE_START, SKIP_LINE, TABLE_NAME, BEFORE_ROWS, BETWEEN_ROWS, ROW, STRING, ESCAPED }

    private final Map<String, TableFigures> tables = new HashMap<>();
    private final MessageDigest digest;
    private final byte[] head = new byte[HEAD];
    private int headLength;
    private final StringBuilderBytes name = new StringBuilderBytes();
    private byte[] nameOf;
    /** What ends the current row: ')' for an INSERT's row, ';' for a sequence's SETVAL. */
    private byte rowEnd;
    private String table;
    private Mode mode = Mode.LINE_START;
    private boolean complete;
    private long bytes;

    public DumpStatistics() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) {
        bytes += length;
        int end = offset + length;
        // Where the current row's bytes began in this buffer, while inside a row.
        int rowFrom = offset;
        for (int i = offset; i < end; i++) {
            byte b = buffer[i];
            switch (mode) {
                case LINE_START -> lineStart(b);
                case SKIP_LINE -> {
                    if (b == '\n') {
                        newLine();
                    }
                }
                case TABLE_NAME -> {
                    if (tableName(b)) {
                        rowFrom = i + 1;
                    }
                }
                case BEFORE_ROWS, BETWEEN_ROWS -> {
                    // Rows may share the INSERT's line or each have one of their own (mariadb-dump
                    // 10.11 writes one per line): only the semicolon ends the statement.
                    if (b == '(') {
                        mode = Mode.ROW;
                        rowEnd = ')';
                        rowFrom = i + 1;
                    } else if (b == ';') {
                        mode = Mode.SKIP_LINE;
                    }
                }
                case ROW -> {
                    if (b == '\'') {
                        mode = Mode.STRING;
                    } else if (b == rowEnd) {
                        digest.update(buffer, rowFrom, i - rowFrom);
                        endRow();
                    }
                }
                case STRING -> {
                    if (b == '\\') {
                        mode = Mode.ESCAPED;
                    } else if (b == '\'') {
                        mode = Mode.ROW;
                    }
                }
                case ESCAPED -> mode = Mode.STRING;
                default -> throw new IllegalStateException(String.valueOf(mode));
            }
        }
        if (mode == Mode.ROW || mode == Mode.STRING || mode == Mode.ESCAPED) {
            digest.update(buffer, rowFrom, end - rowFrom);
        }
    }

    private void lineStart(byte b) {
        if (b == '\n') {
            newLine();
            return;
        }
        head[headLength++] = b;
        if (startsWith(INSERT) || startsWith(CREATE) || startsWith(SEQUENCE) || startsWith(SETVAL)) {
            nameOf = Arrays.copyOf(head, headLength);
            name.clear();
            mode = Mode.TABLE_NAME;
        } else if (startsWith(COMPLETED)) {
            complete = true;
            mode = Mode.SKIP_LINE;
        } else if (!prefixOfAny()) {
            mode = Mode.SKIP_LINE;
        }
    }

    /**
     * Reads a table or sequence name up to its closing backquote; returns true when the bytes
     * after it start a row (a sequence's value: {@code DO SETVAL(`name`, 50001, 0);} counts as its
     * one row, so a sequence restored to another value shows as a difference).
     */
    private boolean tableName(byte b) {
        if (b != '`') {
            name.append(b);
            return false;
        }
        String found = name.toUtf8();
        tables.putIfAbsent(found, TableFigures.EMPTY);
        table = found;
        if (Arrays.equals(nameOf, INSERT)) {
            mode = Mode.BEFORE_ROWS;
            return false;
        }
        if (Arrays.equals(nameOf, SETVAL)) {
            mode = Mode.ROW;
            rowEnd = ';';
            return true;
        }
        mode = Mode.SKIP_LINE;
        return false;
    }

    private void endRow() {
        byte[] hash = digest.digest();
        long value = 0;
        for (int k = 0; k < Long.BYTES; k++) {
            value = (value << 8) | (hash[k] & 0xff);
        }
        tables.put(table, tables.get(table).plus(value));
        // A SETVAL's row ends its statement; an INSERT's row is followed by another or by ';'.
        mode = rowEnd == ';' ? Mode.SKIP_LINE : Mode.BETWEEN_ROWS;
    }

    private void newLine() {
        headLength = 0;
        mode = Mode.LINE_START;
    }

    private boolean startsWith(byte[] prefix) {
        return headLength == prefix.length && Arrays.equals(head, 0, headLength, prefix, 0, prefix.length);
    }

    private boolean prefixOfAny() {
        for (byte[] prefix : PREFIXES) {
            if (isPrefixOf(prefix)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPrefixOf(byte[] text) {
        return headLength <= text.length && Arrays.equals(head, 0, headLength, text, 0, headLength);
    }

    /** The figures so far; complete only if the dump's closing line went by. */
    public DumpFigures figures() {
        return new DumpFigures(tables, complete && mode != Mode.ROW && mode != Mode.STRING && mode != Mode.ESCAPED);
    }

    /** Bytes seen, uncompressed. */
    public long bytes() {
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** A growable byte buffer for a table name (names are short; backquotes inside are not used). */
    private static final class StringBuilderBytes {
        private byte[] data = new byte[64];
        private int length;

        void append(byte b) {
            if (length == data.length) {
                data = Arrays.copyOf(data, length * 2);
            }
            data[length++] = b;
        }

        void clear() {
            length = 0;
        }

        String toUtf8() {
            return new String(data, 0, length, StandardCharsets.UTF_8);
        }
    }
}

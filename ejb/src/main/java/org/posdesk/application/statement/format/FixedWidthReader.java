package org.posdesk.application.statement.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fixed-width records, sliced as bytes by the profile's field table and only then decoded (GBK
 * text in one field must not shift the next). No header or trailer: every non-blank line is a
 * record. A line is right-padded to the short or the long record, and every separator position
 * and every digit cell is checked, so a drifted layout fails on its line instead of misreading.
 */
final class FixedWidthReader implements StatementReader {

    private final StatementProfile profile;
    private final ByteLines lines;
    private final LineMapper mapper;
    private final Charset charset;
    private final List<FixedField> fields;
    private final Map<String, FixedField> byName = new HashMap<>();
    private final int shortLength;
    private final int longLength;
    private final Row row = new Row();

    FixedWidthReader(StatementProfile profile, InputStream in, LocalDate clearingDate) {
        this.profile = profile;
        this.lines = new ByteLines(in);
        this.mapper = new LineMapper(profile, clearingDate);
        this.charset = profile.charset();
        this.fields = profile.fields();
        fields.forEach(f -> byName.put(f.name(), f));
        this.shortLength = profile.shortRecordLength();
        this.longLength = profile.recordLength();
    }

    @Override
    public LineOutcome next() throws IOException {
        while (lines.next()) {
            if (lines.isBlank()) {
                continue;
            }
            LineOutcome outcome = read();
            if (outcome != null) {
                return outcome;
            }
        }
        return null;
    }

    private LineOutcome read() {
        int number = lines.number();
        if (lines.length() > longLength) {
            return new LineOutcome.Bad(number, null, "longer than the " + longLength + "-byte record");
        }
        int size = lines.length() > shortLength ? longLength : shortLength;
        lines.padTo(size);
        row.size = size;
        LineOutcome layout = checkLayout(number, size);
        return layout != null ? layout : mapper.map(number, row);
    }

    private LineOutcome checkLayout(int number, int size) {
        byte[] b = lines.bytes();
        for (FixedField f : fields) {
            if (f.end() > size) {
                break;
            }
            if (f.end() < size && b[f.end()] != ' ') {
                return new LineOutcome.Bad(number, describe(f), "no separator space at byte " + f.end()
                        + " (the fields have drifted)");
            }
            String problem = switch (f.format()) {
                case N -> digits(b, f.start(), f.end()) ? null : "not digits";
                case S11 -> (b[f.start()] == 'D' || b[f.start()] == 'C' || b[f.start()] == ' ')
                        && digits(b, f.start() + 1, f.end()) ? null : "not a sign letter and 11 digits";
                case AN -> null;
            };
            if (problem != null) {
                return new LineOutcome.Bad(number, describe(f), problem);
            }
        }
        return null;
    }

    private static boolean digits(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static String describe(FixedField f) {
        return f.number() + " " + f.name() + " (bytes " + f.start() + "-" + (f.end() - 1) + ")";
    }

    @Override
    public void finish() {
        // Fixed-width files carry no totals (those live in ZSUM).
    }

    @Override
    public String institution() {
        return mapper.institution();
    }

    @Override
    public LocalDate latestDate() {
        return null;
    }

    /** The current line's fields, decoded on demand. */
    private final class Row implements SourceRow {
        private int size;

        @Override
        public String text(String source) {
            return raw(source).strip();
        }

        @Override
        public String raw(String source) {
            FixedField f = byName.get(source);
            if (f.end() > size) {
                return "";
            }
            byte[] b = lines.bytes();
            for (int i = f.start(); i < f.end(); i++) {
                if (b[i] < 0) {
                    return new String(b, f.start(), f.length(), charset);
                }
            }
            // ASCII: the cheap decoder gives the same text.
            return new String(b, f.start(), f.length(), StandardCharsets.ISO_8859_1);
        }

        @Override
        public String describe(String source) {
            return FixedWidthReader.describe(byName.get(source));
        }
    }
}

package org.posdesk.application.order.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.posdesk.application.order.ImportField;
import org.posdesk.application.order.ImportFormatException;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;

/**
 * Reads an uploaded order file one record at a time: nothing but the current record is held, so
 * a file of any length costs the same heap. The header names the columns (English, or the
 * Chinese names a cashier export tends to use), in any order. Bytes that are not UTF-8 are
 * refused rather than guessed: a GBK file read as UTF-8 would import garbled store codes.
 */
final class CsvOrderReader implements Iterator<ImportLine>, Closeable {

    private static final Map<String, ImportField> ALIASES = Map.of(
            "订单号", ImportField.ORDER_NUMBER,
            "门店", ImportField.STORE,
            "金额", ImportField.AMOUNT,
            "币种", ImportField.CURRENCY,
            "下单时间", ImportField.ORDERED_AT);
    private static final char BOM = '\uFEFF';

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private final List<ImportProblem> headerProblems = new ArrayList<>();
    private int headerSize;
    private long lastRow = 1;

    CsvOrderReader(InputStream in) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new InputStreamReader(in, utf8);
        parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
        records = parser.iterator();
        readHeader();
    }

    /** Problems with the header; when there are any, the rows are not worth reading. */
    List<ImportProblem> headerProblems() {
        return headerProblems;
    }

    private void readHeader() {
        if (!hasNextRecord()) {
            headerProblems.add(new ImportProblem(0, null, Code.FILE_EMPTY, null, null));
            return;
        }
        CSVRecord header = nextRecord();
        headerSize = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = i == 0 ? stripBom(header.get(i)) : header.get(i);
            if (name.isEmpty()) {
                continue;
            }
            ImportField field = field(name);
            if (field == null) {
                headerProblems.add(new ImportProblem(1, null, Code.HEADER_UNKNOWN_COLUMN, name, null));
            } else if (columns.putIfAbsent(field, i) != null) {
                headerProblems.add(new ImportProblem(1, null, Code.HEADER_DUPLICATE_COLUMN, name, null));
            }
        }
        for (ImportField field : ImportField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                headerProblems.add(new ImportProblem(1, field.csvName(), Code.HEADER_MISSING_COLUMN, null, null));
            }
        }
    }

    private static ImportField field(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ImportField field : ImportField.values()) {
            if (field.csvName().equals(wanted)) {
                return field;
            }
        }
        return ALIASES.get(name);
    }

    @Override
    public boolean hasNext() {
        return headerProblems.isEmpty() && hasNextRecord();
    }

    /**
     * The next row; a row with more fields than the header (other than empty trailing ones, as
     * spreadsheets write) is refused as a whole rather than guessed at.
     */
    @Override
    public ImportLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record = nextRecord();
        long row = record.getRecordNumber();
        if (record.size() > headerSize && !onlyBlankAfter(record, headerSize)) {
            throw new RowRefused(new ImportProblem(row, null, Code.FIELD_COUNT,
                    Integer.toString(record.size()), Integer.toString(headerSize)));
        }
        return new ImportLine(row, get(record, ImportField.ORDER_NUMBER), get(record, ImportField.STORE),
                get(record, ImportField.AMOUNT), get(record, ImportField.CURRENCY), get(record, ImportField.ORDERED_AT));
    }

    private String get(CSVRecord record, ImportField field) {
        Integer index = columns.get(field);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value.isEmpty() ? null : value;
    }

    private static boolean onlyBlankAfter(CSVRecord record, int from) {
        for (int i = from; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean hasNextRecord() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private CSVRecord nextRecord() {
        try {
            CSVRecord record = records.next();
            lastRow = record.getRecordNumber();
            return record;
        } catch (UncheckedIOException e) {
            throw unreadable(e);
        }
    }

    private ImportFormatException unreadable(UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
            return new ImportFormatException(0, Code.FILE_NOT_UTF8, "not UTF-8 after row " + lastRow);
        }
        return new ImportFormatException(lastRow + 1, Code.FILE_MALFORMED, e.getCause() == null
                ? String.valueOf(e.getMessage()) : String.valueOf(e.getCause().getMessage()));
    }

    private static String stripBom(String name) {
        return !name.isEmpty() && name.charAt(0) == BOM ? name.substring(1).trim() : name;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** One row cannot be split into fields; the rest of the file can still be read and checked. */
    static final class RowRefused extends RuntimeException {

        private final transient ImportProblem problem;

        RowRefused(ImportProblem problem) {
            super(problem.code().name(), null, false, false);
            this.problem = problem;
        }

        ImportProblem problem() {
            return problem;
        }
    }
}

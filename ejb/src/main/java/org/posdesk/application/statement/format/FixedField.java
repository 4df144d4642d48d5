package org.posdesk.application.statement.format;

/** One field of a fixed-width record: where its bytes are and how they are written. */
public record FixedField(int number, String name, int start, int length, CellFormat format) {

    /** First byte after the field: the separator space, unless the field ends the record. */
    public int end() {
        return start + length;
    }
}

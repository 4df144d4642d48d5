package org.posdesk.application.statement.format;

/** One record's cells by the profile's source names (field names or column headers). */
interface SourceRow {

    /** The cell without padding; empty when blank. */
    String text(String source);

    /** The cell as written (fixed width: with its padding, so a blank sign letter stays a space). */
    String raw(String source);

    /** How to name the source in a message: "field 6 amount" or "column 交易金额". */
    String describe(String source);
}

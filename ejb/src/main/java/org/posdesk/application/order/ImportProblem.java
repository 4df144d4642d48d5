package org.posdesk.application.order;

import java.io.Serializable;

/**
 * One thing wrong with an import, where the merchant can find it. Turned into words by
 * {@link ImportMessages} in the reader's language.
 *
 * @param row    the row (see {@link ImportLine#row()}); 0 for the file as a whole
 * @param column the column or JSON field as the merchant named it; null for the whole row
 * @param value  what the row held there, shortened; null when nothing
 * @param detail what the message needs besides the value (a row number, an amount, a limit)
 */
public record ImportProblem(long row, String column, Code code, String value, String detail)
        implements Serializable {

    private static final int MAX_VALUE_LENGTH = 40;

    public ImportProblem {
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            value = value.substring(0, MAX_VALUE_LENGTH) + "…";
        }
    }

    /** Each has a message in ImportMessages*.properties under {@code import.problem.<CODE>}. */
    public enum Code {
        FILE_EMPTY, FILE_NOT_UTF8, FILE_MALFORMED, TOO_MANY_ROWS,
        HEADER_MISSING_COLUMN, HEADER_UNKNOWN_COLUMN, HEADER_DUPLICATE_COLUMN, FIELD_COUNT,
        REQUIRED, ORDER_NUMBER_FORMAT, DUPLICATE_IN_FILE,
        AMOUNT_FORMAT, AMOUNT_NOT_POSITIVE, AMOUNT_TOO_LARGE, AMOUNT_TOO_PRECISE,
        CURRENCY_UNKNOWN, STORE_UNKNOWN, STORE_NOT_YOURS, STORE_REQUIRED,
        ORDERED_AT_FORMAT, ORDERED_AT_FUTURE,
        EXISTS_DIFFERENT, PAID_DIFFERENT
    }
}

package org.posdesk.application.order;

/**
 * One row as the merchant wrote it, every field still text (null or blank: not given).
 *
 * @param row the row number the merchant sees: the line of the CSV file (the header is row 1),
 *            or the position in the JSON array counted from 1
 */
public record ImportLine(long row, String orderNumber, String store, String amount, String currency,
                         String orderedAt) {
}

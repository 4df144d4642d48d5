package org.posdesk.application.order;

import jakarta.ejb.Local;
import java.io.InputStream;
import java.util.Iterator;

/**
 * Imports the caller's orders from their cashier or ERP. Every row is checked; if any row is
 * wrong nothing is imported and the report lists each problem with its row and column, otherwise
 * every row is committed in one transaction. Only merchant users import, into their own merchant
 * (and their own stores when they are confined to some).
 *
 * <p>A row whose order number exists already is not an error when it says the same thing again
 * (same store, amount and currency): it counts as unchanged, so a file can be sent twice. An
 * order a payment created before the merchant sent it is confirmed when the row carries the
 * amount the payment paid. Any other difference is an error.
 */
@Local
public interface OrderImport {

    /** Rows per file or request: one transaction holds them all. */
    int MAX_ROWS = 100_000;

    /** The report keeps this many problems; further ones are only counted. */
    int MAX_REPORTED_PROBLEMS = 1000;

    /**
     * A CSV file in UTF-8 (a byte-order mark is allowed), header row first; read as a stream,
     * never held whole.
     *
     * @param origin the caller's address, for the audit trail
     */
    ImportReport importCsv(String fileName, InputStream csv, String origin);

    /**
     * Rows already split into fields (the REST endpoint's JSON), numbered from 1 by the caller.
     * The iterator may throw {@link ImportFormatException} when its source is not well formed.
     */
    ImportReport importRows(String reference, Iterator<ImportLine> rows, String origin);
}

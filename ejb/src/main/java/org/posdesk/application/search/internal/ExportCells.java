package org.posdesk.application.search.internal;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.posdesk.application.search.ExportColumn;
import org.posdesk.application.search.TransactionRow;

/** A row's cells in {@link ExportColumn} order: codes as codes, the amount as a number, the card masked. */
final class ExportCells {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExportCells() {
    }

    static List<Object> of(TransactionRow r) {
        return Arrays.asList(TIME.format(r.terminalTime()), r.storeName(), r.tid(), Integer.toString(r.batchNumber()),
                r.type(), r.status(), r.amount(), r.currency(), r.maskedCard(), r.stan(), r.rrn(), r.authCode(),
                r.orderNumber(), r.origin(), r.anomaly() ? "Y" : "N");
    }

    static void checkHeader(List<String> header) {
        if (header == null || header.size() != ExportColumn.values().length) {
            throw new IllegalArgumentException("an export needs one header label per column ("
                    + ExportColumn.values().length + ")");
        }
    }
}

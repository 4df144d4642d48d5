package org.posdesk.application.search.internal;

import org.posdesk.application.search.SearchCursor;
import org.posdesk.application.search.TransactionRow;
import org.posdesk.domain.journal.JournalCursor;
import org.posdesk.domain.journal.JournalRow;

/** Journal rows as the pages and exports show them. */
final class RowViews {

    private RowViews() {
    }

    static TransactionRow view(JournalRow r) {
        return new TransactionRow(r.id(), r.terminalTime(), r.storeName(), r.tid(), r.batchNumber(), r.type().name(),
                r.status().name(), r.amountMinor(), Amounts.decimal(r.amountMinor(), r.currency()),
                Amounts.code(r.currency()), maskedCard(r.cardBin(), r.cardLast4()), r.stan(), r.rrn(), r.authCode(),
                r.orderNumber(), r.origin().name(), r.anomaly());
    }

    /** BIN, four stars, last four: the most of a card any page or file shows. */
    static String maskedCard(String bin, String last4) {
        if (last4 == null) {
            return "";
        }
        return (bin == null ? "" : bin) + "****" + last4;
    }

    static JournalCursor cursor(SearchCursor cursor) {
        return cursor == null ? null : new JournalCursor(cursor.terminalTime(), cursor.id());
    }

    static SearchCursor cursor(JournalRow row) {
        return new SearchCursor(row.terminalTime(), row.id());
    }
}

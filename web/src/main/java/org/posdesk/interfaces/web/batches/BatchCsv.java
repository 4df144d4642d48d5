package org.posdesk.interfaces.web.batches;

import static org.posdesk.interfaces.web.csv.CsvCells.cell;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.posdesk.application.batch.BatchSummary;
import org.posdesk.application.batch.TotalsView;

/**
 * Writes the board's table as CSV (RFC 4180, CRLF), one page of rows at a time so an export of
 * any size holds one page in memory. Cells a spreadsheet would run as a formula are defused.
 */
final class BatchCsv {

    /** Bundle keys of the header cells, in column order. */
    static final List<String> HEADER_KEYS = List.of("batches.col.tid", "batches.col.store", "batches.col.batch",
            "batches.col.state", "batches.col.opened", "batches.col.settled", "batches.csv.terminalSalesCount",
            "batches.csv.terminalSalesAmount", "batches.csv.posdeskSalesCount", "batches.csv.posdeskSalesAmount",
            "batches.csv.terminalRefundsCount", "batches.csv.terminalRefundsAmount", "batches.csv.posdeskRefundsCount",
            "batches.csv.posdeskRefundsAmount", "batches.col.announced", "batches.col.missing",
            "batches.col.currency");

    private final Writer out;
    private final Function<String, String> text;

    /** @param text bundle text by key, in the reader's language */
    BatchCsv(Writer out, Function<String, String> text) {
        this.out = out;
        this.text = text;
    }

    void header() throws IOException {
        line(HEADER_KEYS.stream().map(text).toList());
    }

    void rows(List<BatchSummary> rows) throws IOException {
        for (BatchSummary b : rows) {
            TotalsView term = b.terminalTotals();
            TotalsView ours = b.computedTotals();
            line(List.of(b.tid(), b.storeName(), String.valueOf(b.batchNumber()),
                    text.apply("batch.state." + b.state()), BatchFormats.time(b.openedAt()),
                    BatchFormats.time(b.settledAt()),
                    term == null ? "" : String.valueOf(term.debitCount()),
                    term == null ? "" : BatchFormats.plainAmount(term.debitAmount()),
                    String.valueOf(ours.debitCount()), BatchFormats.plainAmount(ours.debitAmount()),
                    term == null ? "" : String.valueOf(term.creditCount()),
                    term == null ? "" : BatchFormats.plainAmount(term.creditAmount()),
                    String.valueOf(ours.creditCount()), BatchFormats.plainAmount(ours.creditAmount()),
                    b.announcedCount() == null ? "" : String.valueOf(b.announcedCount()),
                    String.valueOf(b.missingCount()), b.currency()));
        }
    }

    private void line(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

}

package org.posdesk.interfaces.web.batches;

import java.util.List;
import java.util.function.ToLongFunction;
import org.posdesk.application.batch.TotalsView;

/**
 * One line of the batch page's totals table: a figure as the terminal announced it, as posdesk
 * summed it from the journal and as the acquirer's statement has it. A missing side is blank.
 */
public record TotalsRow(String labelKey, String terminal, String posdesk, String acquirer, boolean agree) {

    static List<TotalsRow> of(TotalsView terminal, TotalsView posdesk, TotalsView acquirer) {
        return List.of(
                count("batch.totals.salesCount", TotalsView::debitCount, terminal, posdesk, acquirer),
                amount("batch.totals.salesAmount", TotalsView::debitAmount, terminal, posdesk, acquirer),
                count("batch.totals.refundsCount", TotalsView::creditCount, terminal, posdesk, acquirer),
                amount("batch.totals.refundsAmount", TotalsView::creditAmount, terminal, posdesk, acquirer),
                count("batch.totals.foreignSalesCount", TotalsView::foreignDebitCount, terminal, posdesk, acquirer),
                amount("batch.totals.foreignSalesAmount", TotalsView::foreignDebitAmount, terminal, posdesk, acquirer),
                count("batch.totals.foreignRefundsCount", TotalsView::foreignCreditCount, terminal, posdesk, acquirer),
                amount("batch.totals.foreignRefundsAmount", TotalsView::foreignCreditAmount, terminal, posdesk,
                        acquirer));
    }

    private static TotalsRow count(String key, ToLongFunction<TotalsView> figure, TotalsView terminal,
                                   TotalsView posdesk, TotalsView acquirer) {
        return row(key, figure, terminal, posdesk, acquirer, String::valueOf);
    }

    private static TotalsRow amount(String key, ToLongFunction<TotalsView> figure, TotalsView terminal,
                                    TotalsView posdesk, TotalsView acquirer) {
        return row(key, figure, terminal, posdesk, acquirer, BatchFormats::amount);
    }

    private static TotalsRow row(String key, ToLongFunction<TotalsView> figure, TotalsView terminal,
                                 TotalsView posdesk, TotalsView acquirer, java.util.function.LongFunction<String> show) {
        // Only the terminal and posdesk are compared: the acquirer's lines do not tell foreign cards apart.
        boolean agree = terminal == null || figure.applyAsLong(terminal) == figure.applyAsLong(posdesk);
        return new TotalsRow(key, terminal == null ? "" : show.apply(figure.applyAsLong(terminal)),
                show.apply(figure.applyAsLong(posdesk)),
                acquirer == null ? "" : show.apply(figure.applyAsLong(acquirer)), agree);
    }
}

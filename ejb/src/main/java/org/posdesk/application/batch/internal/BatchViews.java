package org.posdesk.application.batch.internal;

import java.util.List;
import org.posdesk.application.batch.BatchDetail;
import org.posdesk.application.batch.BatchSummary;
import org.posdesk.application.batch.TotalsView;
import org.posdesk.domain.batch.BatchReadRepository.AcquirerLines;
import org.posdesk.domain.batch.BatchReadRepository.JournalLine;
import org.posdesk.domain.batch.BatchReadRepository.Row;
import org.posdesk.domain.batch.BatchTransition;
import org.posdesk.domain.batch.Totals;

/** Repository rows into the records the pages bind. */
final class BatchViews {

    private BatchViews() {
    }

    static BatchSummary summary(Row r) {
        int missing = r.missingStans() == null || r.missingStans().isBlank() ? 0 : r.missingStans().split(",").length;
        return new BatchSummary(r.id(), r.tid(), r.storeName(), r.batchNumber(), r.state().name(), r.openedAt(),
                r.settledAt(), r.currency(), totals(r.terminalTotals()), totals(r.computedTotals()),
                r.announcedCount(), missing, r.needsAttention());
    }

    static TotalsView totals(Totals t) {
        return t == null ? null : new TotalsView(t.debitAmount(), t.debitCount(), t.creditAmount(), t.creditCount(),
                t.foreignDebitAmount(), t.foreignDebitCount(), t.foreignCreditAmount(), t.foreignCreditCount());
    }

    /**
     * The acquirer's side, from the statement lines matched to the batch's entries. A statement
     * does not tell domestic from foreign cards, so all of it is shown in the domestic block; a
     * void line takes its sale back out, as the terminal's totals do.
     */
    static TotalsView acquirer(List<AcquirerLines> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        long debitAmount = 0;
        long debitCount = 0;
        long creditAmount = 0;
        long creditCount = 0;
        for (AcquirerLines line : lines) {
            switch (line.type()) {
                case "SALE", "PRE_AUTH_COMPLETION" -> {
                    debitAmount += line.amountMinor();
                    debitCount += line.count();
                }
                case "VOID" -> {
                    debitAmount -= line.amountMinor();
                    debitCount -= line.count();
                }
                case "REFUND" -> {
                    creditAmount += line.amountMinor();
                    creditCount += line.count();
                }
                default -> {
                    // Fees, adjustments and the like are not part of a terminal's totals.
                }
            }
        }
        return new TotalsView(debitAmount, (int) debitCount, creditAmount, (int) creditCount, 0, 0, 0, 0);
    }

    static BatchDetail.Transition transition(BatchTransition t) {
        return new BatchDetail.Transition(t.getFromState().map(Enum::name).orElse(null), t.getToState().name(),
                t.getOccurredAt(), t.getCause(), t.getActor().orElse(null));
    }

    static BatchDetail.JournalEntry entry(JournalLine j) {
        return new BatchDetail.JournalEntry(j.id(), j.stan(), j.terminalTime(), j.type().name(), j.status().name(),
                j.amountMinor(), j.currency(), masked(j.cardBin(), j.cardLast4()), j.origin().name(),
                j.confirmedByUpload());
    }

    /** BIN and last four, never more: the journal holds nothing else. */
    static String masked(String bin, String lastFour) {
        if (lastFour == null) {
            return "";
        }
        return (bin == null ? "" : bin) + "******" + lastFour;
    }
}

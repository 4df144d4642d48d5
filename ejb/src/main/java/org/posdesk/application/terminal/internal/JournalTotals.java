package org.posdesk.application.terminal.internal;

import java.util.List;
import org.posdesk.domain.batch.Totals;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;

/**
 * Settlement totals summed from the journal. Debit = approved sales (offline ones included) and
 * pre-auth completions; credit = approved refunds. A voided or reversed entry is no longer
 * approved and its void is neither debit nor credit, so both drop out. Domestic means a BIN
 * starting with 62 (UnionPay). An entry in another currency than the batch's cannot be added up:
 * it makes its block an error.
 */
record JournalTotals(Totals totals, boolean domesticError, boolean foreignError) {

    /** The part of a journal entry the totals read. */
    record Line(TransactionType type, TransactionStatus status, String bin, long amountMinor, String currency) {

        static Line of(CardTransaction entry) {
            return new Line(entry.getType(), entry.getStatus(), entry.getCard().map(c -> c.bin()).orElse(null),
                    entry.getAmount().minorUnits(), entry.getAmount().currency());
        }

        boolean isDomestic() {
            return CardScheme.isDomestic(bin);
        }
    }

    static JournalTotals of(List<Line> lines, String batchCurrency) {
        long[] amounts = new long[4];
        int[] counts = new int[4];
        boolean domesticError = false;
        boolean foreignError = false;
        for (Line line : lines) {
            if (line.status() != TransactionStatus.APPROVED || !(line.type().isDebit() || line.type().isCredit())) {
                continue;
            }
            if (!batchCurrency.equals(line.currency())) {
                domesticError |= line.isDomestic();
                foreignError |= !line.isDomestic();
                continue;
            }
            int slot = (line.isDomestic() ? 0 : 2) + (line.type().isDebit() ? 0 : 1);
            amounts[slot] = Math.addExact(amounts[slot], line.amountMinor());
            counts[slot]++;
        }
        return new JournalTotals(new Totals(amounts[0], counts[0], amounts[1], counts[1],
                amounts[2], counts[2], amounts[3], counts[3]), domesticError, foreignError);
    }
}

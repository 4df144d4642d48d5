package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.posdesk.connector.TerminalReply;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.Totals;
import org.posdesk.domain.journal.TransactionRepository;

/**
 * Settlement (0500): compares the terminal's totals with the journal's, moves the batch
 * OPEN → SETTLING → BALANCED or UNBALANCED, and answers the terminal's totals with posdesk's
 * result digit per block.
 */
@Dependent
class SettlementFlow {

    private static final String SETTLEMENT = "201";

    @Inject
    BatchRepository batches;
    @Inject
    TransactionRepository transactions;

    TerminalReply handle(Inbound in) {
        if (!SETTLEMENT.equals(in.field60().networkCode())) {
            return in.answer("12");
        }
        SettlementField announced = SettlementField.parse(in.text(48)).orElseThrow();
        Totals terminalTotals = announced.totals();
        Batch batch = batches.findByTerminalAndNumber(in.terminal().getId(), in.batch()).orElseGet(() -> open(in));
        SettlementComparison result;
        if (batch.getState() == BatchState.OPEN) {
            JournalTotals journal = journal(batch);
            result = SettlementComparison.of(terminalTotals, journal);
            batch.startSettlement(terminalTotals, in.at());
            BatchState outcome = batch.completeSettlement(journal.totals(), result.balanced(), in.at());
            if (outcome == BatchState.BALANCED && in.terminal().getCurrentBatchNumber().equals(in.batch())) {
                in.terminal().useBatch(in.batch().next());
            }
        } else if (batch.getTerminalTotals().filter(terminalTotals::equals).isPresent()) {
            // A repeat of the 0500 already answered: answered again from what was stored, no new transition.
            result = SettlementComparison.of(terminalTotals, new JournalTotals(batch.getComputedTotals(), false, false));
        } else {
            return in.answer("12");
        }
        return in.answer(Replies.to(in.message(), "00")
                .with(48, announced.withResults(result.domesticResult(), result.foreignResult()).digits()));
    }

    private JournalTotals journal(Batch batch) {
        return JournalTotals.of(transactions.listByBatch(batch.getTerminalId(), batch.getBatchNumber()).stream()
                .map(JournalTotals.Line::of).toList(), batch.getCurrency());
    }

    /** A terminal may settle a batch posdesk never saw a transaction of (an empty day). */
    private Batch open(Inbound in) {
        Batch batch = Batch.open(in.merchant().getId(), in.terminal().getId(), in.batch(), Wire.DEFAULT_CURRENCY,
                in.at());
        batches.add(batch);
        return batch;
    }
}

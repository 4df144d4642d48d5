package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;

/**
 * Reversal (0400). Stored as a {@link CardReversal} keyed on the original's (TID, batch, STAN) from
 * field 61, because it carries the original's STAN and cannot share the journal's key.
 */
@Dependent
class ReversalFlow {

    @Inject
    TransactionRepository transactions;
    @Inject
    BatchRepository batches;

    TerminalReply handle(Inbound in) {
        OriginalReference ref = OriginalReference.parse(in.text(61)).orElseThrow();
        Optional<CardReversal> repeat = transactions.findReversal(in.tid(), ref.batch(), ref.stan());
        if (repeat.isPresent()) {
            // The same answer again, unless the original has arrived since: then it is applied now.
            Optional<CardTransaction> original = findOriginal(in, ref);
            if (repeat.get().isOrphan() && original.isPresent()) {
                repeat.get().linkOriginal(original.get().getId());
                reverse(original.get());
            }
            return in.answer(repeat.get().isOrphan() ? "25" : "94");
        }
        Optional<Batch> batch = batches.findByTerminalAndNumber(in.terminal().getId(), ref.batch());
        if (batch.isPresent() && batch.get().getState() != BatchState.OPEN) {
            return in.answer("12");
        }
        Optional<CardTransaction> original = findOriginal(in, ref);
        MaskedCard card = in.message().card().orElseThrow();
        transactions.addReversal(new CardReversal(in.merchant().getId(), in.terminal().getId(), in.tid(),
                ref.batch(), ref.stan(), in.text(39), in.text(3),
                Money.of(Long.parseLong(in.text(4)), Wire.currency(in.message()).orElseThrow()),
                new MaskedPan(card.bin(), card.lastFour()), in.at(), original.map(CardTransaction::getId).orElse(null)));
        original.ifPresent(ReversalFlow::reverse);
        return in.answer(original.isPresent() ? "00" : "25");
    }

    private Optional<CardTransaction> findOriginal(Inbound in, OriginalReference ref) {
        return transactions.findByNaturalKey(in.tid(), ref.batch(), ref.stan());
    }

    /** Only an approved entry has money to take back; a declined one stays as it is. */
    private static void reverse(CardTransaction original) {
        if (original.getStatus() == TransactionStatus.APPROVED) {
            original.markReversed();
        }
    }
}

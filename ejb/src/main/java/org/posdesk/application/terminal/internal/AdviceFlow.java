package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;
import org.posdesk.connector.TerminalReply;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;

/** Transaction advice (0220): sale, void, refund and offline sale, stored once per (TID, batch, STAN). */
@Dependent
class AdviceFlow {

    @Inject
    TransactionRepository transactions;
    @Inject
    BatchRepository batches;
    @Inject
    JournalWriter journal;
    @Inject
    Alerts alerts;

    TerminalReply handle(Inbound in) {
        Optional<TransactionKind> kind = TransactionKind.ofAdvice(in.field60().messageType());
        if (kind.isEmpty()) {
            return in.answer("12");
        }
        Optional<CardTransaction> stored = transactions.findByNaturalKey(in.tid(), in.batch(), in.stan());
        if (stored.isPresent()) {
            // Checked before the batch: an exact repeat is 94 even once the batch is settled.
            if (RecordFingerprint.of(stored.get()).sameRecordAs(RecordFingerprint.of(in.message()))) {
                return in.answer("94");
            }
            alerts.conflictingDuplicate(in, "advice");
            return in.answer("12");
        }
        Optional<Batch> batch = batches.findByTerminalAndNumber(in.terminal().getId(), in.batch());
        if (batch.isPresent() && batch.get().getState() != BatchState.OPEN) {
            return in.answer("12");
        }
        Optional<LocalDateTime> terminalTime = TerminalClock.resolve(in.text(13), in.text(12), in.at(),
                in.merchant().getTimeZone());
        if (terminalTime.isEmpty()) {
            return in.answer("30");
        }
        if (batch.isEmpty()) {
            batches.add(Batch.open(in.merchant().getId(), in.terminal().getId(), in.batch(),
                    Wire.currency(in.message()).orElseThrow(), in.at()));
        }
        JournalWriter.Written written = journal.write(in, kind.get(), in.batch(), in.stan(), terminalTime.get());
        return in.answer(written.originalMissing() ? "25" : "00");
    }
}

package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.posdesk.connector.TerminalReply;
import org.posdesk.connector.codec.UploadEntry;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.terminal.Terminal;

/**
 * Batch upload (0320): single records or packed entries (field 48) with 60.3 {@code 201}, closed
 * by an upload end with {@code 202} or {@code 207} and the terminal's count in field 48.
 */
@Dependent
class UploadFlow {

    private static final Logger LOG = Logger.getLogger(UploadFlow.class.getName());

    /** States in which a batch takes 0320 records (protocol.md, Batches). */
    static final Set<BatchState> ACCEPTING = EnumSet.of(BatchState.UNBALANCED, BatchState.UPLOADING,
            BatchState.UPLOAD_INCOMPLETE, BatchState.RESUBMIT_PENDING);
    /**
     * States an upload can be started or closed from. UPLOAD_INCOMPLETE is one: a terminal resumes
     * an interrupted upload when it reconnects, without waiting for a resubmission.
     */
    private static final Set<BatchState> UPLOADABLE = EnumSet.of(BatchState.UNBALANCED, BatchState.UPLOADING,
            BatchState.UPLOAD_INCOMPLETE, BatchState.RESUBMIT_PENDING);

    @Inject
    BatchRepository batches;
    @Inject
    TransactionRepository transactions;
    @Inject
    JournalWriter journal;
    @Inject
    Alerts alerts;

    TerminalReply handle(Inbound in) {
        return switch (in.field60().networkCode()) {
            case "201" -> in.message().uploadEntries().isPresent() ? packed(in) : record(in);
            case "202", "207" -> end(in);
            default -> in.answer("12");
        };
    }

    /** One record; it is deduplicated on the original STAN it carries in field 11. */
    private TerminalReply record(Inbound in) {
        Optional<Batch> found = acceptingBatch(in);
        if (found.isEmpty()) {
            return in.answer("12");
        }
        Batch batch = found.get();
        Optional<CardTransaction> stored = transactions.findByNaturalKey(in.tid(), in.batch(), in.stan());
        if (stored.isPresent()) {
            if (!RecordFingerprint.of(stored.get()).sameRecordAs(RecordFingerprint.of(in.message()))) {
                alerts.conflictingDuplicate(in, "batch-upload record");
                return in.answer("12");
            }
            stored.get().confirmByUpload();
            startUpload(batch, in);
            return in.answer("00");
        }
        Optional<TransactionKind> kind = TransactionKind.ofUpload(in.field60().messageType(), in.text(3));
        Optional<LocalDateTime> terminalTime = TerminalClock.resolve(in.text(13), in.text(12), in.at(),
                in.merchant().getTimeZone());
        if (kind.isEmpty() || terminalTime.isEmpty()) {
            return in.answer("30");
        }
        startUpload(batch, in);
        journal.write(in, kind.get(), in.batch(), in.stan(), terminalTime.get());
        return in.answer("00");
    }

    /**
     * Up to 8 entries, each deduplicated on the original STAN it carries; the 0320's own field 11
     * is a fresh STAN and keys nothing. All or nothing: one conflicting entry answers the message
     * {@code 12} with an alert per conflict, and nothing is stored or confirmed.
     */
    private TerminalReply packed(Inbound in) {
        Optional<Batch> found = acceptingBatch(in);
        if (found.isEmpty()) {
            return in.answer("12");
        }
        Batch batch = found.get();
        PackedUpload upload = PackedUpload.plan(in.message().uploadEntries().orElseThrow(),
                stan -> transactions.findByNaturalKey(in.tid(), in.batch(), stan));
        if (!upload.accepted()) {
            upload.conflicting().forEach(stan -> alerts.conflictingDuplicate(in, stan, "packed batch-upload entry"));
            return in.answer("12");
        }
        startUpload(batch, in);
        upload.confirmed().forEach(CardTransaction::confirmByUpload);
        PackedUpload.Owner owner = PackedUpload.Owner.of(in.terminal());
        for (UploadEntry entry : upload.fresh()) {
            journal.add(PackedUpload.journalEntry(entry, owner, in.batch(), batch.getCurrency(), in.at(),
                    in.merchant().getTimeZone()));
        }
        return in.answer("00");
    }

    private Optional<Batch> acceptingBatch(Inbound in) {
        return batches.findByTerminalAndNumber(in.terminal().getId(), in.batch())
                .filter(batch -> ACCEPTING.contains(batch.getState()));
    }

    /** Answered 00 whatever the count; the batch records what the count says. */
    private TerminalReply end(Inbound in) {
        int announced = Integer.parseInt(in.text(48));
        Optional<Batch> found = batches.findByTerminalAndNumber(in.terminal().getId(), in.batch());
        if (found.isEmpty() || !UPLOADABLE.contains(found.get().getState())) {
            LOG.info(() -> "upload end " + in.describe() + " changes nothing: batch is "
                    + found.map(b -> b.getState().toString()).orElse("unknown"));
            return in.answer("00");
        }
        Batch batch = found.get();
        List<CardTransaction> entries = transactions.listByBatch(batch.getTerminalId(), batch.getBatchNumber());
        UploadTally tally = tally(announced, entries);
        if (batch.repeatsIncompleteUploadEnd(announced, tally.held(), tally.suspectedMissing())) {
            LOG.info(() -> "upload end " + in.describe() + " repeats the one that left the batch incomplete");
            return in.answer("00");
        }
        startUpload(batch, in);
        BatchState outcome = batch.closeUpload(announced, tally.held(), tally.suspectedMissing(), in.at());
        in.terminal().uploadEnded(in.batch());
        batch.recomputeTotals(JournalTotals.of(entries.stream().map(JournalTotals.Line::of).toList(),
                batch.getCurrency()).totals());
        if (outcome == BatchState.UPLOADED) {
            batches.findActiveResubmission(batch.getId()).ifPresent(Resubmission::complete);
            if (in.terminal().getCurrentBatchNumber().equals(in.batch())) {
                in.terminal().useBatch(in.batch().next());
            }
        }
        return in.answer("00");
    }

    /**
     * The terminal's connection closed. If it was in the middle of an upload, the batch is
     * UPLOAD_INCOMPLETE until the terminal resumes (a further 0320) or someone asks for a
     * resubmission. The missing STANs can be named only against a count an earlier upload end of
     * this batch announced; otherwise the ones listed before (if any) stay.
     */
    void interrupted(Terminal terminal, Instant at) {
        Optional<BatchNumber> number = terminal.getUploadingBatchNumber();
        if (number.isEmpty()) {
            return;
        }
        terminal.uploadEnded(number.get());
        Optional<Batch> found = batches.findByTerminalAndNumber(terminal.getId(), number.get())
                .filter(batch -> batch.getState() == BatchState.UPLOADING);
        if (found.isEmpty()) {
            return;
        }
        Batch batch = found.get();
        Optional<Integer> announced = batch.getAnnouncedCount();
        if (announced.isPresent()) {
            UploadTally tally = tally(announced.get(),
                    transactions.listByBatch(batch.getTerminalId(), batch.getBatchNumber()));
            batch.abandonUpload(Batch.DISCONNECTED_DURING_UPLOAD, tally.suspectedMissing(), at);
        } else {
            batch.abandonUpload(Batch.DISCONNECTED_DURING_UPLOAD, at);
        }
        LOG.info(() -> "terminal " + terminal.getTid() + " disconnected while uploading batch " + number.get()
                + ": UPLOAD_INCOMPLETE");
    }

    private static UploadTally tally(int announced, List<CardTransaction> entries) {
        // A reversed entry has left the terminal's journal, so the terminal no longer counts it.
        return UploadTally.of(announced, entries.stream().filter(e -> e.getStatus() != TransactionStatus.REVERSED)
                .map(CardTransaction::getStan).toList());
    }

    /** Also notes on the terminal which batch it is uploading, for {@link #interrupted}. */
    private static void startUpload(Batch batch, Inbound in) {
        if (UPLOADABLE.contains(batch.getState())) {
            batch.startUpload(in.at());
            in.terminal().uploadStarted(batch.getBatchNumber());
        }
    }
}

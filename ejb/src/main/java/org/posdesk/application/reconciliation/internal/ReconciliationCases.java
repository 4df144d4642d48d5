package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.posdesk.application.casework.CaseOpening;
import org.posdesk.application.terminal.TerminalCommands;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.reconciliation.LineRef;
import org.posdesk.domain.reconciliation.TerminalRef;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;

/**
 * What reconciliation does about a payment the acquirer settled and the journal lacks: a
 * missing-order case (source RECONCILIATION) and a request that the terminal upload the batch
 * again. The case is opened through the help desk's {@link CaseOpening}, which keys it by the
 * line (a re-run of the match finds the same case) and gives it the merchant's SLA.
 */
@Stateless
public class ReconciliationCases {

    public static final String ACTOR = "reconciliation";

    /** The states in which posdesk takes 0320 records: only then is a 361 worth sending. */
    private static final Set<BatchState> UPLOADABLE = EnumSet.of(BatchState.UNBALANCED, BatchState.UPLOADING,
            BatchState.UPLOAD_INCOMPLETE, BatchState.RESUBMIT_PENDING);

    @EJB
    private CaseOpening caseOpening;
    @EJB
    private TerminalCommands commands;

    public long openCase(LineRef line, TerminalRef terminal, Instant at) {
        // Acquirer data is looser than the journal's value objects: what does not fit is left out.
        String rrn = valid(() -> Rrn.of(line.rrn())) == null ? null : line.rrn();
        String stan = valid(() -> Stan.of(line.stan())) == null ? null : line.stan();
        String lastFour = line.cardLast4() != null && line.cardLast4().matches("[0-9]{4}") ? line.cardLast4() : null;
        return caseOpening.openForAcquirerPayment(terminal.merchantId(), terminal.tid(),
                Money.of(line.amountMinor(), line.currency()), line.time(), rrn, stan, lastFour);
    }

    /**
     * Asks the terminal to upload the batch again when posdesk would take the records; otherwise
     * says why not (a settled batch answers every re-uploaded record with 12).
     */
    public String askUpload(TerminalRef terminal, Optional<Batch> batch) {
        if (batch.isEmpty()) {
            return "no batch of terminal " + terminal.tid() + " covers the line: upload not requested";
        }
        Batch b = batch.get();
        if (!UPLOADABLE.contains(b.getState())) {
            return "batch " + b.getBatchNumber() + " is " + b.getState() + ": upload not requested";
        }
        commands.request(terminal.tid(), TerminalCommands.REUPLOAD_BATCH, b.getBatchNumber().value(), ACTOR);
        return "upload of batch " + b.getBatchNumber() + " requested (361)";
    }

    /** Acquirer data is looser than the journal's value objects: what does not fit is left out of the claim. */
    private static <T> T valid(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (RuntimeException e) {
            return null;
        }
    }
}

package org.posdesk.application.batch.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.batch.BatchDesk;
import org.posdesk.application.batch.BatchDetail;
import org.posdesk.application.batch.ResubmitProgress;
import org.posdesk.application.batch.ResubmitRefusal;
import org.posdesk.application.batch.ResubmitRefusedException;
import org.posdesk.application.batch.ResubmitView;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.terminal.TerminalCommands;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchReadRepository;
import org.posdesk.domain.batch.BatchReadRepository.JournalCount;
import org.posdesk.domain.batch.BatchReadRepository.Row;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.BatchTransition;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandState;

@Stateless
public class BatchDeskBean implements BatchDesk {

    static final String AUDIT_EVENT = "BATCH_RESUBMIT";

    @Inject
    private AccessPolicy access;
    @Inject
    private BatchReadRepository batches;
    @Inject
    private AuditTrail audit;
    @EJB
    private TerminalCommands commands;
    @EJB
    private ResubmitRefusals refusals;

    @Override
    public BatchDetail batch(long id) {
        Viewer viewer = access.viewer();
        Row row = visible(viewer, id);
        List<BatchTransition> history = batches.transitions(id);
        JournalCount count = batches.countJournal(row.terminalId(), row.batchNumber());
        BatchDetail.UploadProgress upload = new BatchDetail.UploadProgress(row.announcedCount(), count.held(),
                count.confirmedByUpload(), missing(row.missingStans()));
        return new BatchDetail(BatchViews.summary(row),
                BatchViews.acquirer(batches.acquirerLines(row.terminalId(), row.batchNumber())),
                upload,
                history.stream().map(BatchViews::transition).toList(),
                batches.journal(row.terminalId(), row.batchNumber(), MAX_TRANSACTIONS).stream()
                        .map(BatchViews::entry).toList(),
                count.held(),
                resubmitView(row, row.state(), history,
                        batches.latestReupload(row.terminalId(), row.batchNumber())));
    }

    @Override
    public ResubmitView resubmit(long id) {
        Viewer viewer = access.viewer();
        Row row = visible(viewer, id);
        // The lock makes a second request for the same batch wait for this one, and the locked
        // read of the commands then sees what the first one queued.
        Batch batch = batches.lock(id).orElseThrow(() -> new AccessDeniedException("not found"));
        Optional<TerminalCommand> latest = batches.latestReuploadLocked(row.terminalId(), row.batchNumber());
        Optional<ResubmitRefusal> refusal = ResubmitRule.refusal(batch.getState(), inFlight(latest));
        if (refusal.isPresent()) {
            String why = "batch " + row.batchNumber() + " of terminal " + row.tid() + " is " + batch.getState() + ": "
                    + refusal.get();
            refusals.record(viewer.username(), id, "refused: " + why);
            throw new ResubmitRefusedException(refusal.get(), why);
        }
        long commandId = commands.request(row.tid(), TerminalCommands.REUPLOAD_BATCH, row.batchNumber(),
                viewer.username());
        audit.record(viewer.username(), AUDIT_EVENT, AuditTrail.SUCCESS, null, "batch", String.valueOf(id),
                "command 361 (id " + commandId + ") for batch " + row.batchNumber() + " of terminal " + row.tid()
                        + ", which was " + row.state());
        // The batch entity is the one TerminalCommands moved (same persistence context); the row is from before.
        return resubmitView(row, batch.getState(), batches.transitions(id),
                batches.latestReupload(row.terminalId(), row.batchNumber()));
    }

    /** The batch's row, or "not found" whether it does not exist or is not the viewer's. */
    private Row visible(Viewer viewer, long id) {
        Row row = batches.findRow(id).orElseThrow(() -> new AccessDeniedException("not found"));
        viewer.requireVisible(row.merchantId(), row.storeId());
        return row;
    }

    private ResubmitView resubmitView(Row row, BatchState state, List<BatchTransition> history,
                                      Optional<TerminalCommand> latest) {
        Optional<ResubmitRefusal> refusal = ResubmitRule.refusal(state, inFlight(latest));
        if (latest.isEmpty()) {
            return new ResubmitView(refusal.orElse(null), ResubmitProgress.NONE, null, null, null, null, null, null);
        }
        TerminalCommand command = latest.get();
        // TerminalCommands stamps the command and the resubmission it makes with the same instant.
        Optional<Resubmission> resubmission = batches.latestResubmission(row.id())
                .filter(r -> r.getRequestedAt().equals(command.getRequestedAt()));
        ProgressRule.Attempt attempt = new ProgressRule.Attempt(command.getState(), command.getSentAt().orElse(null),
                resubmission.map(Resubmission::getState).orElse(null));
        ResubmitProgress progress = ProgressRule.of(attempt, state, history.stream()
                .map(t -> new ProgressRule.Step(t.getToState(), t.getOccurredAt())).toList());
        return new ResubmitView(refusal.orElse(null), progress, command.getRequestedBy(), command.getRequestedAt(),
                command.getSentAt().orElse(null), command.getAnsweredAt().orElse(null),
                command.getResponseCode().orElse(null), resubmission.flatMap(Resubmission::getLastError).orElse(null));
    }

    private static boolean inFlight(Optional<TerminalCommand> latest) {
        return latest.map(c -> c.getState() == TerminalCommandState.PENDING || c.getState() == TerminalCommandState.SENT)
                .orElse(false);
    }

    private static List<String> missing(String stans) {
        return stans == null || stans.isBlank() ? List.of() : List.of(stans.split(","));
    }
}

package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.reconciliation.ReconciliationRuns;
import org.posdesk.application.reconciliation.RunPage;
import org.posdesk.application.reconciliation.RunRow;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.domain.reconciliation.ReconciliationRepository.RunListRow;
import org.posdesk.domain.reconciliation.RunFigures;
import org.posdesk.domain.reconciliation.Tally;
import org.posdesk.domain.statement.MatchOutcome;

@Stateless
public class ReconciliationRunsBean implements ReconciliationRuns {

    @Inject
    private AccessPolicy access;
    @Inject
    private ReconciliationRepository repository;

    @Override
    public RunPage page(RunPage.Cursor after, int size) {
        Viewer viewer = access.viewer();
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<RunListRow> rows = repository.runs(after == null ? null : after.startedAt(),
                after == null ? null : after.id(), limit + 1);
        List<RunListRow> shown = rows.stream().limit(limit).toList();
        List<RunRow> out = viewer.merchantScope()
                .map(merchant -> merchantShare(merchant, shown))
                .orElseGet(() -> shown.stream().map(r -> row(r, r.run().getFigures(), true)).toList());
        RunPage.Cursor next = rows.size() > limit
                ? new RunPage.Cursor(shown.get(limit - 1).run().getStartedAt(), shown.get(limit - 1).run().getId())
                : null;
        return new RunPage(out, next);
    }

    private List<RunRow> merchantShare(long merchantId, List<RunListRow> rows) {
        Map<Long, Map<MatchOutcome, Tally>> tallies = repository.merchantTallies(merchantId,
                rows.stream().map(r -> r.run().getStatementId()).toList());
        return rows.stream().map(r -> {
            Map<MatchOutcome, Tally> t = tallies.getOrDefault(r.run().getStatementId(), Map.of());
            Tally matched = t.getOrDefault(MatchOutcome.MATCHED, Tally.NONE);
            Tally missing = t.getOrDefault(MatchOutcome.MISSING_IN_POSDESK, Tally.NONE);
            Tally mismatch = t.getOrDefault(MatchOutcome.AMOUNT_MISMATCH, Tally.NONE);
            Tally duplicate = t.getOrDefault(MatchOutcome.DUPLICATE, Tally.NONE);
            int lines = (int) (matched.count() + missing.count() + mismatch.count() + duplicate.count());
            return row(r, new RunFigures(lines, matched, missing,
                    t.getOrDefault(MatchOutcome.MISSING_AT_ACQUIRER, Tally.NONE), mismatch, duplicate, 0, 0), false);
        })
                // A statement with nothing of the merchant's is none of their business (its file
                // name names other institutions); a page may then hold fewer rows.
                .filter(r -> r.lines() > 0 || r.missingAtAcquirer() > 0)
                .toList();
    }

    private static RunRow row(RunListRow r, RunFigures f, boolean withBatches) {
        return new RunRow(r.run().getId(), r.run().getStartedAt(), r.run().getFinishedAt(), r.fileName(), r.acquirer(),
                r.clearingDate(), f.lineCount(), f.reconciledPercent(), f.matched().count(), f.matched().amount(),
                f.missingInPosdesk().count(), f.missingInPosdesk().amount(), f.missingAtAcquirer().count(),
                f.missingAtAcquirer().amount(), f.amountMismatch().count(), f.amountMismatch().amount(),
                f.duplicate().count(), f.duplicate().amount(), withBatches ? f.batchesReconciled() : null,
                withBatches ? f.batchesDiscrepant() : null);
    }
}

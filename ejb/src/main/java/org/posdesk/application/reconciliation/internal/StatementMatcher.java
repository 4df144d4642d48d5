package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.jboss.ejb3.annotation.TransactionTimeout;
import org.posdesk.application.reconciliation.RunResult;
import org.posdesk.domain.reconciliation.Decision;
import org.posdesk.domain.reconciliation.JournalRef;
import org.posdesk.domain.reconciliation.LineMatcher;
import org.posdesk.domain.reconciliation.LineRef;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.domain.reconciliation.ReconciliationRun;
import org.posdesk.domain.reconciliation.RunFigures;
import org.posdesk.domain.reconciliation.Tally;
import org.posdesk.domain.statement.MatchOutcome;
import org.posdesk.domain.statement.Statement;
import org.posdesk.domain.statement.StatementState;

/**
 * Matches one statement in one transaction. Order matters: duplicates first (so a repeated line
 * never claims an entry), the exact keys in bulk, then the judgement passes on what is left, then
 * whatever is still unmatched is missing in posdesk; last the journal's side (entries no line
 * claims) and the batches' verdicts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class StatementMatcher {

    private static final Logger LOG = Logger.getLogger(StatementMatcher.class.getName());
    private static final int CHUNK = 1000;

    @Inject
    private ReconciliationRepository repository;
    @EJB
    private DiscrepancyRecorder discrepancies;
    @EJB
    private BatchVerdicts verdicts;

    private final Clock clock = Clock.systemUTC();

    /** A million-line statement is matched in one transaction: minutes on a busy node, past the 300 s default. */
    @TransactionTimeout(value = 30, unit = TimeUnit.MINUTES)
    public Optional<RunResult> match(long statementId) {
        Instant started = clock.instant();
        Optional<Statement> locked = repository.lockStatement(statementId)
                .filter(s -> s.getState() == StatementState.IMPORTED);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Statement statement = locked.get();
        Phases phases = new Phases();
        Set<Long> repeatsOfOtherStatements = repository.markNaturalKeyDuplicates(statementId);
        phases.end("duplicates");
        repository.matchByRrn(statementId);
        phases.end("rrn");
        repository.matchByBatchAndStan(statementId);
        phases.end("batch+stan");
        repository.releaseDoubleClaims(statementId);
        phases.end("double claims");
        judgementPasses(statementId);
        phases.end("trace and reference");
        repository.markRestMissingInPosdesk(statementId);
        DiscrepancyRecorder.Recorded recorded = discrepancies.forLines(statement, repeatsOfOtherStatements, started);
        phases.end("line discrepancies");
        discrepancies.forUnclaimedEntries(statement, started);
        discrepancies.alertMerchants(statement, started);
        repository.resolveClaimedSince(started);
        phases.end("journal side");
        BatchVerdicts.Count decided = verdicts.judge(repository.batchesTouched(statementId),
                "statement " + statement.getFileName(), started);
        phases.end("batch verdicts");
        statement.markMatched();
        RunFigures figures = figures(statement, decided);
        phases.end("figures");
        LOG.info(() -> "matched statement " + statementId + " (" + statement.getLineCount() + " lines): " + phases);
        repository.add(new ReconciliationRun(statementId, started, clock.instant(), figures));
        return Optional.of(new RunResult(statementId, statement.getFileName(), figures.lineCount(),
                figures.matched().count(), figures.missingInPosdesk().count(), figures.missingAtAcquirer().count(),
                figures.amountMismatch().count(), figures.duplicate().count(), decided.reconciled(),
                decided.discrepant(), recorded.cases(), recorded.uploads()));
    }

    /** DISCREPANT batches whose discrepancies have been resolved (or whose cases were) since become RECONCILED. */
    public int rejudgeDiscrepant(int limit) {
        return verdicts.judge(repository.discrepantBatches(limit), "reconciliation", clock.instant()).reconciled();
    }

    private void judgementPasses(long statementId) {
        long after = 0;
        while (true) {
            List<LineRef> lines = repository.unmatchedLines(statementId, after, CHUNK);
            if (lines.isEmpty()) {
                return;
            }
            after = lines.get(lines.size() - 1).id();
            List<JournalRef> traced = repository.byTrace(lines);
            List<LineRef> cancelling = lines.stream().filter(LineRef::cancelsAnother).toList();
            List<JournalRef> originals = cancelling.isEmpty() ? List.of() : repository.originals(cancelling);
            List<JournalRef> cancellations = originals.isEmpty() ? List.of()
                    : repository.cancellationsOf(originals.stream().map(JournalRef::id).toList());
            Set<Long> claimed = new HashSet<>(cancellations.isEmpty() ? List.of()
                    : repository.claimed(cancellations.stream().map(JournalRef::id).toList()));
            List<Decision> decisions = new ArrayList<>();
            for (LineRef line : lines) {
                Optional<Decision> decision = LineMatcher.byTrace(line, traced, claimed)
                        .or(() -> LineMatcher.byReference(line, originals, cancellations, claimed));
                decision.ifPresent(d -> {
                    decisions.add(d);
                    if (d.transactionId() != null && !"REVERSAL".equals(line.type())) {
                        claimed.add(d.transactionId());
                    }
                });
            }
            repository.record(decisions);
        }
    }

    /** Milliseconds per step, for the log: where a big statement's time goes. */
    private static final class Phases {
        private final StringBuilder done = new StringBuilder();
        private long last = System.nanoTime();

        void end(String phase) {
            long now = System.nanoTime();
            done.append(done.isEmpty() ? "" : ", ").append(phase).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    private RunFigures figures(Statement statement, BatchVerdicts.Count decided) {
        Map<MatchOutcome, Tally> lines = repository.lineTallies(statement.getId());
        return new RunFigures(statement.getLineCount(), lines.getOrDefault(MatchOutcome.MATCHED, Tally.NONE),
                lines.getOrDefault(MatchOutcome.MISSING_IN_POSDESK, Tally.NONE),
                repository.missingAtAcquirer(statement.getId()),
                lines.getOrDefault(MatchOutcome.AMOUNT_MISMATCH, Tally.NONE),
                lines.getOrDefault(MatchOutcome.DUPLICATE, Tally.NONE), decided.reconciled(), decided.discrepant());
    }
}

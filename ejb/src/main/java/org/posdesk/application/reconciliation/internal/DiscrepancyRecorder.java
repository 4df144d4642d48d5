package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.reconciliation.Discrepancy;
import org.posdesk.domain.reconciliation.JournalRef;
import org.posdesk.domain.reconciliation.LineMatcher;
import org.posdesk.domain.reconciliation.LineRef;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.domain.reconciliation.TerminalRef;
import org.posdesk.domain.statement.MatchOutcome;
import org.posdesk.domain.statement.Statement;
import org.posdesk.infrastructure.config.Settings;

/** Turns a matched statement's gaps into discrepancies, cases, upload requests and alerts. */
@Stateless
public class DiscrepancyRecorder {

    /** Acquirer statements are in Beijing time (statements.md, gotcha 4). */
    static final ZoneId ACQUIRER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int CHUNK = 1000;

    public record Recorded(int discrepancies, int cases, int uploads) {
    }

    @Inject
    private ReconciliationRepository repository;
    @EJB
    private AlertRaising alerts;
    @EJB
    private ReconciliationCases cases;

    public Recorded forLines(Statement statement, Set<Long> benignDuplicates, Instant now) {
        int recorded = 0;
        int opened = 0;
        int uploads = 0;
        long after = 0;
        Map<String, Boolean> asked = new HashMap<>();
        while (true) {
            List<LineRef> lines = repository.linesNeedingDiscrepancy(statement.getId(),
                    EnumSet.of(MatchOutcome.MISSING_IN_POSDESK, MatchOutcome.AMOUNT_MISMATCH, MatchOutcome.DUPLICATE),
                    after, CHUNK);
            if (lines.isEmpty()) {
                return new Recorded(recorded, opened, uploads);
            }
            after = lines.get(lines.size() - 1).id();
            Map<String, TerminalRef> terminals = repository.terminals(
                    lines.stream().map(LineRef::tid).filter(t -> t != null).toList());
            Map<Long, Long> claims = repository.claimsOf(lines.stream().map(LineRef::id).toList());
            Map<Long, JournalRef> journal = repository.journal(claims.values());
            for (LineRef line : lines) {
                MatchOutcome outcome = outcomeOf(line, benignDuplicates);
                if (outcome == null) {
                    continue;
                }
                TerminalRef terminal = line.tid() == null ? null : terminals.get(line.tid());
                Optional<JournalRef> entry = switch (outcome) {
                    case DUPLICATE -> repository.entryRepeated(line);
                    default -> Optional.ofNullable(claims.get(line.id())).map(journal::get);
                };
                Discrepancy d = Discrepancy.open(outcome, subject(statement, line, terminal, entry),
                        detail(outcome, line, entry), now);
                repository.add(d);
                recorded++;
                if (outcome == MatchOutcome.MISSING_IN_POSDESK && entry.isEmpty()) {
                    if (terminal == null) {
                        alertUnknownTerminal(statement, line, now);
                    } else {
                        d.handOverToCase(cases.openCase(line, terminal, now), ReconciliationCases.ACTOR, now);
                        opened++;
                        uploads += askUploadOnce(terminal, line, asked) ? 1 : 0;
                    }
                }
            }
        }
    }

    /** Journal entries of the clearing window no line claims: MISSING_AT_ACQUIRER. */
    public int forUnclaimedEntries(Statement statement, Instant now) {
        int cutoff = Settings.get("recon.cutoff-hour." + statement.getAcquirer().toLowerCase())
                .or(() -> Settings.get("recon.cutoff-hour")).map(Integer::parseInt).orElse(23);
        // UnionPay closes its day at 23:00: the file of date D holds D-1 23:00 up to D 23:00.
        LocalDateTime to = statement.getClearingDate().atStartOfDay().plusHours(cutoff);
        LocalDateTime from = to.minusDays(1);
        List<JournalRef> missing = LineMatcher.missingAtAcquirer(
                repository.unclaimedInWindow(statement.getId(), from, to));
        Map<String, Optional<Long>> batches = new HashMap<>();
        for (JournalRef entry : missing) {
            Optional<Long> batch = batches.computeIfAbsent(entry.terminalId() + "/" + entry.batchNumber(),
                    k -> repository.batchId(entry.terminalId(), entry.batchNumber()));
            repository.add(Discrepancy.open(MatchOutcome.MISSING_AT_ACQUIRER,
                    new Discrepancy.Subject(statement.getId(), null, entry.id(), entry.merchantId(), entry.terminalId(),
                            batch.orElse(null), entry.tid(), entry.amountMinor(), entry.currency(), entry.terminalTime()),
                    entry.type() + " STAN " + entry.stan() + " of batch " + entry.batchNumber()
                            + " is not on statement " + statement.getFileName(), now));
        }
        return missing.size();
    }

    /** Null when the line needs no discrepancy: a pre-authorisation (posdesk journals none), or ACOMN + ACOMA of one sale. */
    private static MatchOutcome outcomeOf(LineRef line, Set<Long> benignDuplicates) {
        if ("PRE_AUTH".equals(line.type()) || benignDuplicates.contains(line.id())) {
            return null;
        }
        return MatchOutcome.valueOf(line.outcome());
    }

    private Discrepancy.Subject subject(Statement statement, LineRef line, TerminalRef terminal,
                                        Optional<JournalRef> entry) {
        Long batchId = entry.flatMap(e -> repository.batchId(e.terminalId(), e.batchNumber()))
                .or(() -> terminal == null ? Optional.empty() : lineBatch(terminal, line))
                .orElse(null);
        return new Discrepancy.Subject(statement.getId(), line.id(), entry.map(JournalRef::id).orElse(null),
                terminal == null ? entry.map(JournalRef::merchantId).orElse(null) : Long.valueOf(terminal.merchantId()),
                terminal == null ? entry.map(JournalRef::terminalId).orElse(null) : Long.valueOf(terminal.id()), batchId,
                line.tid(),
                line.amountMinor(), line.currency(), line.time());
    }

    private Optional<Long> lineBatch(TerminalRef terminal, LineRef line) {
        if (line.batchNumber() != null) {
            return repository.batchId(terminal.id(), line.batchNumber());
        }
        return line.time() == null ? Optional.empty()
                : repository.batchAt(terminal.id(), line.time().atZone(ACQUIRER_ZONE).toInstant()).map(b -> b.getId());
    }

    private boolean askUploadOnce(TerminalRef terminal, LineRef line, Map<String, Boolean> asked) {
        var batch = line.batchNumber() != null
                ? repository.batchId(terminal.id(), line.batchNumber()).flatMap(repository::lockBatch)
                : line.time() == null ? Optional.<org.posdesk.domain.batch.Batch>empty()
                : repository.batchAt(terminal.id(), line.time().atZone(ACQUIRER_ZONE).toInstant());
        String key = terminal.tid() + "/" + batch.map(b -> b.getBatchNumber().value()).orElse(0);
        if (asked.containsKey(key)) {
            return false;
        }
        String said = cases.askUpload(terminal, batch);
        asked.put(key, said.endsWith("(361)"));
        return asked.get(key);
    }

    private static String detail(MatchOutcome outcome, LineRef line, Optional<JournalRef> entry) {
        String where = "line " + line.type() + (line.rrn() == null ? "" : " RRN " + line.rrn())
                + (line.stan() == null ? "" : " trace " + line.stan());
        return switch (outcome) {
            case AMOUNT_MISMATCH -> where + ": acquirer " + line.amountMinor() + ", posdesk "
                    + entry.map(JournalRef::amountMinor).map(String::valueOf).orElse("?");
            case DUPLICATE -> where + " appears more than once";
            case MISSING_IN_POSDESK -> where + (entry.isPresent() ? ": posdesk still holds the original approved"
                    : line.tid() == null ? ": no terminal named" : ": not in the journal");
            default -> where;
        };
    }

    /**
     * After a statement is matched: one alert per merchant and clearing date whose discrepancies
     * from this statement reach {@code POSDESK_ALERT_DISCREPANCIES} (default 1, i.e. any), counted
     * again (not repeated) when another statement of the same date adds more.
     */
    public int alertMerchants(Statement statement, Instant now) {
        int threshold = Settings.get("alert.discrepancies").map(Integer::parseInt).orElse(1);
        int alerted = 0;
        for (Map.Entry<Long, Long> e : repository.discrepanciesByMerchant(statement.getId()).entrySet()) {
            if (e.getValue() >= threshold) {
                alerts.raise(AlertKind.RECONCILIATION_DISCREPANCIES, e.getKey() + "/" + statement.getClearingDate(),
                        e.getValue() + " discrepancies for clearing date " + statement.getClearingDate()
                                + " in statement " + statement.getFileName() + " (alert threshold " + threshold + ")",
                        e.getKey(), null, now);
                alerted++;
            }
        }
        return alerted;
    }

    private void alertUnknownTerminal(Statement statement, LineRef line, Instant now) {
        String cause = statement.getId() + "/" + line.tid();
        String message = "statement " + statement.getFileName() + " names terminal " + line.tid()
                + ", which posdesk does not know";
        alerts.raise(AlertKind.STATEMENT_UNKNOWN_TERMINAL, cause, message, null, null, now);
    }
}

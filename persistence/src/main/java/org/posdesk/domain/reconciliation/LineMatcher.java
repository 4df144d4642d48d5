package org.posdesk.domain.reconciliation;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.posdesk.domain.statement.MatchOutcome;

/**
 * The two passes that need judgement, after the exact keys (TID + RRN, TID + batch + STAN) have
 * been matched in bulk by the database: the tolerant pass on terminal + trace + time, and the
 * link of a void, refund or reversal to its original by reference — never by an equal amount
 * (statements.md, gotchas 7 and 8).
 */
public final class LineMatcher {

    /**
     * How far a line's time may be from the terminal's: UnionPay closes its day at 23:00, so a
     * sale can sit in the next date's file; the acquirer's transmission time is not the slip's
     * either. One day each way, and never the date alone.
     */
    public static final Duration WINDOW = Duration.ofDays(1);

    private LineMatcher() {
    }

    /**
     * Same terminal, trace and type, the terminal's time within {@link #WINDOW} of the line's; of
     * the unclaimed candidates, an equal amount wins (closest in time), else the closest is an
     * amount mismatch.
     */
    public static Optional<Decision> byTrace(LineRef line, List<JournalRef> candidates, Set<Long> claimed) {
        if (line.tid() == null || line.stan() == null || line.time() == null) {
            return Optional.empty();
        }
        List<JournalRef> near = candidates.stream()
                .filter(c -> line.tid().equals(c.tid()) && line.stan().equals(c.stan()) && line.type().equals(c.type()))
                .filter(c -> !claimed.contains(c.id()) && within(line.time(), c.terminalTime()))
                .sorted(Comparator.comparing(c -> distance(line.time(), c.terminalTime())))
                .toList();
        return decide(line, near);
    }

    /**
     * A cancelling line (void, refund, reversal) found through the original it names. A void or
     * refund claims the journal's own void or refund of that original; a reversal claims the
     * original when posdesk holds it as reversed, and is missing in posdesk when posdesk still
     * holds the original as approved.
     */
    public static Optional<Decision> byReference(LineRef line, List<JournalRef> originals,
                                                 List<JournalRef> cancellations, Set<Long> claimed) {
        if (!line.cancelsAnother()) {
            return Optional.empty();
        }
        Optional<JournalRef> original = originals.stream().filter(o -> isOriginalOf(line, o))
                .min(Comparator.comparing(o -> line.originalTime() == null ? Duration.ZERO
                        : distance(line.originalTime(), o.terminalTime())));
        if (original.isEmpty()) {
            return Optional.empty();
        }
        if ("REVERSAL".equals(line.type())) {
            return Optional.of(new Decision(line.id(), "REVERSED".equals(original.get().status())
                    ? MatchOutcome.MATCHED : MatchOutcome.MISSING_IN_POSDESK, original.get().id()));
        }
        long originalId = original.get().id();
        List<JournalRef> own = cancellations.stream()
                .filter(c -> Objects.equals(c.originalId(), originalId) && line.type().equals(c.type()))
                .filter(c -> !claimed.contains(c.id()))
                .sorted(Comparator.comparing(JournalRef::id))
                .toList();
        return decide(line, own);
    }

    /**
     * The journal entries of a clearing window that no line claims, less the pairs that cancel
     * out: a sale voided the same day may be left off the statement together with its void.
     */
    public static List<JournalRef> missingAtAcquirer(List<JournalRef> unclaimed) {
        Set<Long> ids = unclaimed.stream().map(JournalRef::id).collect(java.util.stream.Collectors.toSet());
        Set<Long> cancelledPairs = new java.util.HashSet<>();
        for (JournalRef entry : unclaimed) {
            if ("VOID".equals(entry.type()) && entry.originalId() != null && ids.contains(entry.originalId())) {
                cancelledPairs.add(entry.id());
                cancelledPairs.add(entry.originalId());
            }
        }
        return unclaimed.stream().filter(e -> !cancelledPairs.contains(e.id())).toList();
    }

    static boolean isOriginalOf(LineRef line, JournalRef o) {
        if (!Objects.equals(line.tid(), o.tid()) || !("SALE".equals(o.type()) || "PRE_AUTH_COMPLETION".equals(o.type()))) {
            return false;
        }
        if (line.originalRrn() != null && line.originalRrn().equals(o.rrn())) {
            return true;
        }
        return line.originalStan() != null && line.originalStan().equals(o.stan())
                && (line.originalTime() == null || within(line.originalTime(), o.terminalTime()));
    }

    private static Optional<Decision> decide(LineRef line, List<JournalRef> ordered) {
        Optional<JournalRef> equal = ordered.stream().filter(c -> c.amountMinor() == line.amountMinor()).findFirst();
        if (equal.isPresent()) {
            return Optional.of(new Decision(line.id(), MatchOutcome.MATCHED, equal.get().id()));
        }
        return ordered.stream().findFirst()
                .map(c -> new Decision(line.id(), MatchOutcome.AMOUNT_MISMATCH, c.id()));
    }

    private static boolean within(LocalDateTime a, LocalDateTime b) {
        return distance(a, b).compareTo(WINDOW) <= 0;
    }

    private static Duration distance(LocalDateTime a, LocalDateTime b) {
        return Duration.between(a, b).abs();
    }
}

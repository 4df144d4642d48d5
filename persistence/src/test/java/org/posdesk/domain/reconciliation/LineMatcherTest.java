package org.posdesk.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.statement.MatchOutcome;

class LineMatcherTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 3, 10, 12, 0);

    @Test
    void theTracePassTakesTheEqualAmountClosestInTimeAndNeverAClaimedEntry() {
        LineRef line = line(1, "SALE", 500, "000042", NOON, null, null);
        JournalRef far = entry(10, "SALE", "APPROVED", "000042", 500, NOON.minusHours(20), null);
        JournalRef near = entry(11, "SALE", "APPROVED", "000042", 500, NOON.plusMinutes(2), null);
        JournalRef claimedOne = entry(12, "SALE", "APPROVED", "000042", 500, NOON, null);

        assertThat(LineMatcher.byTrace(line, List.of(far, near, claimedOne), Set.of(12L)))
                .contains(new Decision(1, MatchOutcome.MATCHED, 11L));
    }

    @Test
    void theTracePassNeverReachesBeyondADayAndCallsADifferentAmountAMismatch() {
        LineRef line = line(1, "SALE", 501, "000042", NOON, null, null);
        JournalRef twoDaysOff = entry(10, "SALE", "APPROVED", "000042", 501, NOON.minusDays(2), null);
        JournalRef offByOne = entry(11, "SALE", "APPROVED", "000042", 500, NOON.plusMinutes(1), null);

        assertThat(LineMatcher.byTrace(line, List.of(twoDaysOff), Set.of())).isEmpty();
        assertThat(LineMatcher.byTrace(line, List.of(twoDaysOff, offByOne), Set.of()))
                .contains(new Decision(1, MatchOutcome.AMOUNT_MISMATCH, 11L));
    }

    @Test
    void aVoidFindsTheJournalsVoidThroughItsOriginalNotThroughAnEqualAmount() {
        JournalRef sale = entry(10, "SALE", "VOIDED", "000005", 800, NOON, null);
        JournalRef otherSale = entry(11, "SALE", "APPROVED", "000006", 800, NOON, null);
        JournalRef voidOfOther = entry(21, "VOID", "APPROVED", "000002", 800, NOON.plusHours(1), 11L);
        JournalRef voidOfSale = entry(20, "VOID", "APPROVED", "000001", 800, NOON.plusHours(1), 10L);
        LineRef line = line(1, "VOID", 800, "000999", NOON.plusHours(1), "000005", NOON);

        assertThat(LineMatcher.byReference(line, List.of(sale, otherSale), List.of(voidOfOther, voidOfSale),
                new HashSet<>())).contains(new Decision(1, MatchOutcome.MATCHED, 20L));
    }

    @Test
    void aReversalMatchesAReversedOriginalAndIsMissingInPosdeskWhileTheOriginalStandsApproved() {
        LineRef line = line(1, "REVERSAL", 800, "000999", NOON, "000005", NOON);

        assertThat(LineMatcher.byReference(line, List.of(entry(10, "SALE", "REVERSED", "000005", 800, NOON, null)),
                List.of(), Set.of())).contains(new Decision(1, MatchOutcome.MATCHED, 10L));
        assertThat(LineMatcher.byReference(line, List.of(entry(10, "SALE", "APPROVED", "000005", 800, NOON, null)),
                List.of(), Set.of())).contains(new Decision(1, MatchOutcome.MISSING_IN_POSDESK, 10L));
    }

    @Test
    void aSaleVoidedAndLeftOffTogetherWithItsVoidIsNotMissing() {
        JournalRef voided = entry(10, "SALE", "VOIDED", "000005", 800, NOON, null);
        JournalRef itsVoid = entry(20, "VOID", "APPROVED", "000006", 800, NOON, 10L);
        JournalRef lonely = entry(30, "SALE", "APPROVED", "000007", 900, NOON, null);

        assertThat(LineMatcher.missingAtAcquirer(List.of(voided, itsVoid, lonely))).containsExactly(lonely);
        assertThat(LineMatcher.missingAtAcquirer(List.of(itsVoid))).as("the void alone is missing")
                .containsExactly(itsVoid);
    }

    private static LineRef line(long id, String type, long amount, String trace, LocalDateTime time,
                                String originalStan, LocalDateTime originalTime) {
        return new LineRef(id, "T0000001", null, trace, null, type, amount, "CNY", null, time, originalStan, null,
                originalTime, null, null, null);
    }

    private static JournalRef entry(long id, String type, String status, String stan, long amount,
                                    LocalDateTime time, Long originalId) {
        return new JournalRef(id, 1, 1, 1, "T0000001", 1, stan, null, type, status, amount, "CNY", time, originalId);
    }
}

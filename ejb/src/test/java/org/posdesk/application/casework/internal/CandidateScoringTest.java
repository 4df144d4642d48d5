package org.posdesk.application.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.posdesk.application.casework.CandidateReason;
import org.posdesk.application.casework.internal.CandidateScoring.Evidence;
import org.posdesk.application.casework.internal.CandidateScoring.Probe;

class CandidateScoringTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 20, 12, 0);
    private static final long T1 = 1;
    private static final long T2 = 2;
    private static final long STORE = 10;
    private static final long OTHER_STORE = 11;

    /** The customer: 88.00 at about noon on terminal 1, card ending 1234, no slip. */
    private static final Probe CLAIM = new Probe(T1, STORE, 8_800L, NOON, "1234", null, null, null, null);

    private static Evidence pay(long terminal, long store, long amount, LocalDateTime time, String last4, String status) {
        return new Evidence(terminal, store, amount, time, last4, "000101", "000000000101", "A1B2C3", null, status);
    }

    @Test
    void theRightPaymentOutranksItsLookAlikes() {
        Map<String, Evidence> seeded = Map.of(
                "offline sale a minute later, same terminal and card", pay(T1, STORE, 8_800, NOON.plusMinutes(1), "1234", "APPROVED"),
                "same amount a minute apart on another terminal", pay(T2, OTHER_STORE, 8_800, NOON.minusMinutes(1), "1234", "APPROVED"),
                "same amount, same store, another card", pay(T2, STORE, 8_800, NOON, "9999", "APPROVED"),
                "voided twin", pay(T1, STORE, 8_800, NOON, "1234", "VOIDED"),
                "reversed twin", pay(T1, STORE, 8_800, NOON.plusMinutes(2), "1234", "REVERSED"),
                "declined twin", pay(T1, STORE, 8_800, NOON, "1234", "DECLINED"));

        List<String> ranked = seeded.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Evidence> e) -> -CandidateScoring.score(CLAIM, e.getValue()).score()))
                .map(Map.Entry::getKey).toList();

        assertThat(ranked.get(0)).isEqualTo("offline sale a minute later, same terminal and card");
        assertThat(ranked.get(1)).isEqualTo("same amount a minute apart on another terminal");
        assertThat(ranked.subList(ranked.size() - 1, ranked.size())).containsExactly("declined twin");
    }

    @Test
    void everyPointIsExplained() {
        CandidateScoring.Scored s = CandidateScoring.score(CLAIM, pay(T1, STORE, 8_800, NOON.plusMinutes(1), "1234", "APPROVED"));

        Map<String, Integer> byCode = s.reasons().stream()
                .collect(Collectors.toMap(CandidateReason::code, CandidateReason::points));
        assertThat(byCode).containsOnlyKeys("AMOUNT_EXACT", "TIME_CLOSE", "TERMINAL", "LAST_FOUR");
        assertThat(s.score()).isEqualTo(byCode.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(30 + 20 + 15 + 15);
        assertThat(s.reasons()).filteredOn(r -> r.code().equals("TIME_CLOSE")).extracting(CandidateReason::detail)
                .containsExactly("1 min");
    }

    @Test
    void anRrnOutranksEveryMixOfCircumstance() {
        Probe slip = new Probe(null, null, 8_800L, NOON, "1234", null, "000000000777", null, null);
        Evidence byRrn = new Evidence(T2, OTHER_STORE, 9_900, NOON.plusHours(5), null, "000001", "000000000777",
                null, null, "APPROVED");
        Evidence lookAlike = new Evidence(T1, STORE, 8_800, NOON, "1234", "000002", "000000000778", null, null,
                "APPROVED");

        assertThat(CandidateScoring.score(slip, byRrn).score())
                .isGreaterThan(CandidateScoring.score(slip, lookAlike).score());
    }

    @Test
    void aStanCountsOnlyOnItsOwnTerminal() {
        Probe slip = new Probe(T1, STORE, null, null, null, "000101", null, null, null);

        assertThat(CandidateScoring.score(slip, pay(T1, STORE, 1, NOON, null, "APPROVED")).reasons())
                .extracting(CandidateReason::code).contains("STAN");
        assertThat(CandidateScoring.score(slip, pay(T2, STORE, 1, NOON, null, "APPROVED")).reasons())
                .extracting(CandidateReason::code).doesNotContain("STAN");
    }

    @Test
    void anAmountWithinToleranceScoresLessThanAnExactOne() {
        Probe about = new Probe(null, null, 10_000L, null, null, null, null, null, null);

        assertThat(CandidateScoring.score(about, pay(T1, STORE, 10_000, NOON, null, "APPROVED")).score())
                .isEqualTo(CandidateScoring.AMOUNT_EXACT);
        assertThat(CandidateScoring.score(about, pay(T1, STORE, 10_150, NOON, null, "APPROVED")).score())
                .isEqualTo(CandidateScoring.AMOUNT_NEAR);
        assertThat(CandidateScoring.score(about, pay(T1, STORE, 10_250, NOON, null, "APPROVED")).score()).isZero();
    }
}

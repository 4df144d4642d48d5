package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.batch.Totals;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;

class SettlementTotalsTest {

    private static final String UNIONPAY = "622202";
    private static final String VISA = "411111";

    private static JournalTotals.Line line(TransactionType type, TransactionStatus status, String bin, long amount) {
        return new JournalTotals.Line(type, status, bin, amount, "CNY");
    }

    @Test
    void debitIsApprovedSalesAndCompletionsCreditIsApprovedRefunds() {
        JournalTotals totals = JournalTotals.of(List.of(
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 1_000),
                line(TransactionType.PRE_AUTH_COMPLETION, TransactionStatus.APPROVED, UNIONPAY, 2_000),
                line(TransactionType.REFUND, TransactionStatus.APPROVED, UNIONPAY, 300),
                line(TransactionType.SALE, TransactionStatus.DECLINED, UNIONPAY, 9_999)), "CNY");
        assertThat(totals.totals()).isEqualTo(Totals.domestic(3_000, 2, 300, 1));
    }

    @Test
    void voidedAndReversedEntriesAndTheirVoidsCountInNeitherBlock() {
        JournalTotals totals = JournalTotals.of(List.of(
                line(TransactionType.SALE, TransactionStatus.VOIDED, UNIONPAY, 1_000),
                line(TransactionType.VOID, TransactionStatus.APPROVED, UNIONPAY, 1_000),
                line(TransactionType.SALE, TransactionStatus.REVERSED, UNIONPAY, 2_000),
                line(TransactionType.REFUND, TransactionStatus.REVERSED, VISA, 500),
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 700)), "CNY");
        assertThat(totals.totals()).isEqualTo(Totals.domestic(700, 1, 0, 0));
    }

    @Test
    void cardsWhoseBinDoesNotStartWith62AreForeign() {
        JournalTotals totals = JournalTotals.of(List.of(
                line(TransactionType.SALE, TransactionStatus.APPROVED, VISA, 5_000),
                line(TransactionType.REFUND, TransactionStatus.APPROVED, "521234", 100),
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 1_000)), "CNY");
        assertThat(totals.totals()).isEqualTo(new Totals(1_000, 1, 0, 0, 5_000, 1, 100, 1));
    }

    @Test
    void blocksAgreeOrDisagreeSeparately() {
        JournalTotals journal = JournalTotals.of(List.of(
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 1_000),
                line(TransactionType.SALE, TransactionStatus.APPROVED, VISA, 5_000)), "CNY");
        SettlementComparison comparison = SettlementComparison.of(new Totals(1_000, 1, 0, 0, 4_000, 1, 0, 0), journal);
        assertThat(comparison.domesticResult()).isEqualTo(1);
        assertThat(comparison.foreignResult()).isEqualTo(2);
        assertThat(comparison.balanced()).isFalse();
    }

    @Test
    void aBlockWithNothingOnEitherSideIsBalanced() {
        JournalTotals journal = JournalTotals.of(List.of(
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 1_000)), "CNY");
        SettlementComparison comparison = SettlementComparison.of(Totals.domestic(1_000, 1, 0, 0), journal);
        assertThat(comparison).isEqualTo(new SettlementComparison(1, 1));
        assertThat(comparison.balanced()).isTrue();
    }

    @Test
    void aCountDifferenceAloneIsNotBalanced() {
        JournalTotals journal = JournalTotals.of(List.of(
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 1_000)), "CNY");
        assertThat(SettlementComparison.of(Totals.domestic(1_000, 2, 0, 0), journal).domesticResult()).isEqualTo(2);
    }

    @Test
    void anEntryInAnotherCurrencyMakesItsBlockAnError() {
        JournalTotals journal = JournalTotals.of(List.of(
                new JournalTotals.Line(TransactionType.SALE, TransactionStatus.APPROVED, VISA, 5_000, "USD"),
                line(TransactionType.SALE, TransactionStatus.APPROVED, UNIONPAY, 1_000)), "CNY");
        SettlementComparison comparison = SettlementComparison.of(new Totals(1_000, 1, 0, 0, 0, 0, 0, 0), journal);
        assertThat(comparison).isEqualTo(new SettlementComparison(1, 3));
        assertThat(comparison.balanced()).isFalse();
    }
}

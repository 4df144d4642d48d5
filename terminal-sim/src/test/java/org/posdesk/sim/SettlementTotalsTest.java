package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettlementTotalsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 14, 10, 0);

    @Test
    void domesticAndForeignBlocksCountSalesAsDebitRefundsAsCreditAndLeaveVoidsOut(@TempDir Path dir) {
        Journal journal = Journal.open(dir, "000007");
        journal.append(entry("000001", EntryKind.SALE, 1000, "622202", null));
        journal.append(entry("000002", EntryKind.SALE, 2000, "622202", null));
        journal.append(entry("000003", EntryKind.VOID, 2000, "622202", "000002"));
        journal.append(entry("000004", EntryKind.SALE, 500, "411111", null));
        journal.append(entry("000005", EntryKind.OFFLINE_SALE, 300, "622202", null));
        journal.append(entry("000006", EntryKind.REFUND, 400, "622202", "000001"));
        journal.append(entry("000007", EntryKind.REFUND, 100, "550000", "000004"));
        journal.append(entry("000008", EntryKind.SALE, 9900, "550000", null));
        journal.markReversed("000008");

        String field48 = SettlementTotals.of(journal).field48();

        assertThat(field48).hasSize(62).isEqualTo(
                "000000001300" + "002" + "000000000400" + "001" + "0"
                        + "000000000500" + "001" + "000000000100" + "001" + "0");
        // the same totals come back from the file
        assertThat(SettlementTotals.of(Journal.open(dir, "000007")).field48()).isEqualTo(field48);
    }

    @Test
    void emptyJournalSendsZeros() {
        assertThat(new SettlementTotals(new SettlementTotals.Block(0, 0, 0, 0), new SettlementTotals.Block(0, 0, 0, 0))
                .field48()).isEqualTo("0".repeat(62));
    }

    @Test
    void resultDigitsOfTheReply() {
        String balanced = "0".repeat(30) + "1" + "0".repeat(30) + "1";
        String foreignOff = "0".repeat(30) + "1" + "0".repeat(30) + "2";
        String error = "0".repeat(30) + "3" + "0".repeat(30) + "1";
        assertThat(SettlementTotals.Result.of(balanced)).isEqualTo(SettlementTotals.Result.BALANCED);
        assertThat(SettlementTotals.Result.of(foreignOff)).isEqualTo(SettlementTotals.Result.NOT_BALANCED);
        assertThat(SettlementTotals.Result.of(error)).isEqualTo(SettlementTotals.Result.ERROR);
        assertThat(SettlementTotals.Result.of(null)).isEqualTo(SettlementTotals.Result.ERROR);
    }

    private static JournalEntry entry(String stan, EntryKind kind, long amount, String bin, String original) {
        return new JournalEntry("000007", stan, kind, amount, "sealed", bin, "0001", "000000000001", "123456", AT,
                null, original == null ? null : "000007", original, null);
    }
}

package org.posdesk.sim;

import java.util.List;
import java.util.function.Predicate;

/**
 * Field 48 of a settlement: a domestic block (BIN 62) then a foreign block, each debit amount
 * (12) + count (3) + credit amount (12) + count (3) + result digit. Debit = sales and offline
 * sales, credit = refunds; a voided or reversed entry and its void count in neither.
 */
record SettlementTotals(Block domestic, Block foreign) {

    static final int LENGTH = 62;

    record Block(long debitAmount, int debitCount, long creditAmount, int creditCount) {

        String digits() {
            return String.format("%012d%03d%012d%03d0", debitAmount, debitCount, creditAmount, creditCount);
        }

        @Override
        public String toString() {
            return String.format("debit %d.%02d ×%d, credit %d.%02d ×%d", debitAmount / 100, debitAmount % 100,
                    debitCount, creditAmount / 100, creditAmount % 100, creditCount);
        }
    }

    /** Result digits of a {@code 0510}'s field 48. */
    enum Result {
        BALANCED, NOT_BALANCED, ERROR;

        static Result of(String field48) {
            if (field48 == null || field48.length() < LENGTH) {
                return ERROR;
            }
            char domestic = field48.charAt(30);
            char foreign = field48.charAt(61);
            if (domestic == '1' && foreign == '1') {
                return BALANCED;
            }
            return domestic == '3' || foreign == '3' ? ERROR : NOT_BALANCED;
        }
    }

    static SettlementTotals of(Journal journal) {
        List<JournalEntry> counted = journal.entries().stream()
                .filter(e -> !journal.isCancelled(e.stan()) && e.kind() != EntryKind.VOID)
                .toList();
        return new SettlementTotals(block(counted, JournalEntry::domestic), block(counted, e -> !e.domestic()));
    }

    private static Block block(List<JournalEntry> entries, Predicate<JournalEntry> side) {
        long debit = 0;
        long credit = 0;
        int debits = 0;
        int credits = 0;
        for (JournalEntry e : entries) {
            if (!side.test(e)) {
                continue;
            }
            if (e.kind().isDebit()) {
                debit += e.amountMinor();
                debits++;
            } else if (e.kind() == EntryKind.REFUND) {
                credit += e.amountMinor();
                credits++;
            }
        }
        return new Block(debit, debits, credit, credits);
    }

    String field48() {
        return domestic.digits() + foreign.digits();
    }
}

package org.posdesk.application.terminal.internal;

import org.posdesk.domain.batch.Totals;

/**
 * The result digit per block of field 48: {@code 1} when the terminal's and the journal's amounts
 * and counts agree (a block with nothing on either side agrees), {@code 2} when they differ,
 * {@code 3} when the journal's block could not be totalled.
 */
record SettlementComparison(int domesticResult, int foreignResult) {

    static SettlementComparison of(Totals announced, JournalTotals journal) {
        Totals computed = journal.totals();
        boolean domesticAgrees = announced.debitAmount() == computed.debitAmount()
                && announced.debitCount() == computed.debitCount()
                && announced.creditAmount() == computed.creditAmount()
                && announced.creditCount() == computed.creditCount();
        boolean foreignAgrees = announced.foreignDebitAmount() == computed.foreignDebitAmount()
                && announced.foreignDebitCount() == computed.foreignDebitCount()
                && announced.foreignCreditAmount() == computed.foreignCreditAmount()
                && announced.foreignCreditCount() == computed.foreignCreditCount();
        return new SettlementComparison(digit(journal.domesticError(), domesticAgrees),
                digit(journal.foreignError(), foreignAgrees));
    }

    boolean balanced() {
        return domesticResult == SettlementField.BALANCED && foreignResult == SettlementField.BALANCED;
    }

    private static int digit(boolean error, boolean agrees) {
        if (error) {
            return SettlementField.ERROR;
        }
        return agrees ? SettlementField.BALANCED : SettlementField.NOT_BALANCED;
    }
}

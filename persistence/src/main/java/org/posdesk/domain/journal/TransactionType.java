package org.posdesk.domain.journal;

/** What a journal entry does to the money; voids and reversals cancel an original entry. */
public enum TransactionType {
    SALE, VOID, REFUND, PRE_AUTH_COMPLETION, REVERSAL;

    /** Counted in the debit block of settlement totals. */
    public boolean isDebit() {
        return this == SALE || this == PRE_AUTH_COMPLETION;
    }

    /** Counted in the credit block of settlement totals. */
    public boolean isCredit() {
        return this == REFUND;
    }

    public boolean cancelsOriginal() {
        return this == VOID || this == REVERSAL;
    }
}

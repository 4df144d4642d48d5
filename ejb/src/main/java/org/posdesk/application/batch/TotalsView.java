package org.posdesk.application.batch;

/** Settlement totals in minor units: domestic and foreign cards, debits (sales) and credits (refunds). */
public record TotalsView(long debitAmount, int debitCount, long creditAmount, int creditCount,
                         long foreignDebitAmount, int foreignDebitCount, long foreignCreditAmount,
                         int foreignCreditCount) {
}

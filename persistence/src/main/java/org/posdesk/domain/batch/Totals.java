package org.posdesk.domain.batch;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Settlement totals as in field 48 of a 0500: a domestic-card block and a foreign-card block,
 * each a debit (sales) amount and count and a credit (refunds) amount and count. Amounts are
 * minor units in the batch currency.
 */
@Embeddable
public class Totals {

    @Column(name = "debit_amount")
    private long debitAmount;
    @Column(name = "debit_count")
    private int debitCount;
    @Column(name = "credit_amount")
    private long creditAmount;
    @Column(name = "credit_count")
    private int creditCount;
    @Column(name = "foreign_debit_amount")
    private long foreignDebitAmount;
    @Column(name = "foreign_debit_count")
    private int foreignDebitCount;
    @Column(name = "foreign_credit_amount")
    private long foreignCreditAmount;
    @Column(name = "foreign_credit_count")
    private int foreignCreditCount;

    protected Totals() {
    }

    public Totals(long debitAmount, int debitCount, long creditAmount, int creditCount,
                  long foreignDebitAmount, int foreignDebitCount,
                  long foreignCreditAmount, int foreignCreditCount) {
        this.debitAmount = nonNegative(debitAmount, "debit amount");
        this.debitCount = (int) nonNegative(debitCount, "debit count");
        this.creditAmount = nonNegative(creditAmount, "credit amount");
        this.creditCount = (int) nonNegative(creditCount, "credit count");
        this.foreignDebitAmount = nonNegative(foreignDebitAmount, "foreign debit amount");
        this.foreignDebitCount = (int) nonNegative(foreignDebitCount, "foreign debit count");
        this.foreignCreditAmount = nonNegative(foreignCreditAmount, "foreign credit amount");
        this.foreignCreditCount = (int) nonNegative(foreignCreditCount, "foreign credit count");
    }

    public static Totals zero() {
        return new Totals(0, 0, 0, 0, 0, 0, 0, 0);
    }

    public static Totals domestic(long debitAmount, int debitCount, long creditAmount, int creditCount) {
        return new Totals(debitAmount, debitCount, creditAmount, creditCount, 0, 0, 0, 0);
    }

    private static long nonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " cannot be negative");
        }
        return value;
    }

    public long debitAmount() {
        return debitAmount;
    }

    public int debitCount() {
        return debitCount;
    }

    public long creditAmount() {
        return creditAmount;
    }

    public int creditCount() {
        return creditCount;
    }

    public long foreignDebitAmount() {
        return foreignDebitAmount;
    }

    public int foreignDebitCount() {
        return foreignDebitCount;
    }

    public long foreignCreditAmount() {
        return foreignCreditAmount;
    }

    public int foreignCreditCount() {
        return foreignCreditCount;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Totals t
                && debitAmount == t.debitAmount && debitCount == t.debitCount
                && creditAmount == t.creditAmount && creditCount == t.creditCount
                && foreignDebitAmount == t.foreignDebitAmount && foreignDebitCount == t.foreignDebitCount
                && foreignCreditAmount == t.foreignCreditAmount && foreignCreditCount == t.foreignCreditCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(debitAmount, debitCount, creditAmount, creditCount,
                foreignDebitAmount, foreignDebitCount, foreignCreditAmount, foreignCreditCount);
    }

    @Override
    public String toString() {
        return "debit " + debitAmount + "/" + debitCount + ", credit " + creditAmount + "/" + creditCount
                + ", foreign debit " + foreignDebitAmount + "/" + foreignDebitCount
                + ", foreign credit " + foreignCreditAmount + "/" + foreignCreditCount;
    }
}

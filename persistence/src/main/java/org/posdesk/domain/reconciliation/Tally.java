package org.posdesk.domain.reconciliation;

/** Count and amount (minor units) of one outcome. */
public record Tally(long count, long amount) {

    public static final Tally NONE = new Tally(0, 0);

    public Tally plus(long amountMinor) {
        return new Tally(count + 1, amount + amountMinor);
    }
}

package org.posdesk.application.terminal.internal;

import java.util.Optional;
import org.posdesk.domain.batch.Totals;

/**
 * Field 48 of a settlement: two blocks of 31 digits, domestic cards then foreign cards, each debit
 * amount (12) + debit count (3) + credit amount (12) + credit count (3) + result digit (1).
 * Terminals send result {@code 0}; posdesk answers the same totals with its own digits in place.
 */
record SettlementField(Block domestic, Block foreign) {

    static final int DIGITS = 62;
    private static final int BLOCK = 31;

    static final int BALANCED = 1;
    static final int NOT_BALANCED = 2;
    static final int ERROR = 3;

    record Block(long debitAmount, int debitCount, long creditAmount, int creditCount, int result) {

        static Block parse(String digits) {
            return new Block(Long.parseLong(digits.substring(0, 12)), Integer.parseInt(digits.substring(12, 15)),
                    Long.parseLong(digits.substring(15, 27)), Integer.parseInt(digits.substring(27, 30)),
                    digits.charAt(30) - '0');
        }

        String digits() {
            return "%012d%03d%012d%03d%d".formatted(debitAmount, debitCount, creditAmount, creditCount, result);
        }

        Block withResult(int digit) {
            return new Block(debitAmount, debitCount, creditAmount, creditCount, digit);
        }
    }

    static Optional<SettlementField> parse(String digits) {
        if (digits == null || digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(new SettlementField(Block.parse(digits.substring(0, BLOCK)),
                Block.parse(digits.substring(BLOCK))));
    }

    String digits() {
        return domestic.digits() + foreign.digits();
    }

    Totals totals() {
        return new Totals(domestic.debitAmount(), domestic.debitCount(), domestic.creditAmount(),
                domestic.creditCount(), foreign.debitAmount(), foreign.debitCount(), foreign.creditAmount(),
                foreign.creditCount());
    }

    SettlementField withResults(int domesticResult, int foreignResult) {
        return new SettlementField(domestic.withResult(domesticResult), foreign.withResult(foreignResult));
    }
}

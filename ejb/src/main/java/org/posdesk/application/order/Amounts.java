package org.posdesk.application.order;

import java.math.BigDecimal;
import java.util.Currency;

/** Minor units shown and read as the decimal a merchant writes (12.50), never through a float. */
public final class Amounts {

    private Amounts() {
    }

    public static String plain(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }

    /** Yuan to fen for a filter; null stays null, and more decimals than the currency has are cut off. */
    public static Long minor(BigDecimal major, String currency) {
        return major == null ? null : major.movePointRight(digits(currency)).longValue();
    }

    private static int digits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            // The journal of older test data may hold a numeric code: fen, like CNY.
            return 2;
        }
    }
}

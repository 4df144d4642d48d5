package org.posdesk.application.search.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Minor units as a decimal amount in the currency's own number of decimals. */
final class Amounts {

    // Some older rows carry the numeric ISO code (156) rather than the letters (CNY).
    private static final Map<String, Currency> BY_NUMBER = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getNumericCode() > 0)
            .collect(Collectors.toMap(c -> "%03d".formatted(c.getNumericCode()), Function.identity(), (a, b) -> a));

    private Amounts() {
    }

    static BigDecimal decimal(long minorUnits, String currency) {
        return BigDecimal.valueOf(minorUnits, fractionDigits(currency));
    }

    /** The letters for a currency stored either way; what was stored when it is neither. */
    static String code(String currency) {
        Currency found = find(currency);
        return found == null ? currency : found.getCurrencyCode();
    }

    private static int fractionDigits(String currency) {
        Currency found = find(currency);
        return found == null || found.getDefaultFractionDigits() < 0 ? 2 : found.getDefaultFractionDigits();
    }

    private static Currency find(String currency) {
        if (currency == null) {
            return null;
        }
        Currency numeric = BY_NUMBER.get(currency);
        if (numeric != null) {
            return numeric;
        }
        try {
            return Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

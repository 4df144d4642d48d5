package org.posdesk.application.terminal.internal;

import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Field60;
import org.posdesk.connector.codec.IsoMessage;

/** Reads the fields of a decoded request the way every flow reads them. */
final class Wire {

    static final String DEFAULT_CURRENCY = "CNY";
    private static final Pattern ALPHANUMERIC = Pattern.compile("[0-9A-Za-z]+");

    private Wire() {
    }

    static Optional<Field60> field60(IsoMessage message) {
        Optional<String> digits = message.text(60);
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Field60.parse(digits.get()));
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }

    /**
     * Fields 37 and 38 are fixed-length ASCII; terminals fill them with spaces when the acquirer
     * gave none (offline sales), which means absent rather than a value.
     */
    static Optional<String> reference(IsoMessage message, int field) {
        return message.text(field).map(String::trim).filter(value -> !value.isEmpty());
    }

    static boolean isAlphanumeric(String value) {
        return ALPHANUMERIC.matcher(value).matches();
    }

    /** Field 49 is the ISO 4217 numeric code ({@code 156}); absent means the profile's CNY. */
    static Optional<String> currency(IsoMessage message) {
        Optional<String> numeric = message.text(49);
        if (numeric.isEmpty()) {
            return Optional.of(DEFAULT_CURRENCY);
        }
        return Optional.ofNullable(CURRENCIES_BY_NUMBER.get(numeric.get()));
    }

    // Built once: scanning every JDK currency per message was the largest CPU cost of an advice.
    // Where two codes share a number, the alphabetically first wins, as before.
    private static final java.util.Map<String, String> CURRENCIES_BY_NUMBER = Currency.getAvailableCurrencies()
            .stream()
            .filter(c -> c.getNumericCode() > 0)
            .collect(java.util.stream.Collectors.toUnmodifiableMap(
                    c -> "%03d".formatted(c.getNumericCode()), Currency::getCurrencyCode,
                    (a, b) -> a.compareTo(b) <= 0 ? a : b));
}

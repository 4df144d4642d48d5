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
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> numeric.get().equals("%03d".formatted(c.getNumericCode())))
                .map(Currency::getCurrencyCode)
                .sorted()
                .findFirst();
    }
}

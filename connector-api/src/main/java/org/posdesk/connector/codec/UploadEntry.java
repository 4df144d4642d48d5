package org.posdesk.connector.codec;

import java.util.Objects;

/**
 * One packed batch-upload entry of field 48, as posdesk keeps it: the card is masked, so nothing
 * here (accessor, {@code toString}, {@code equals}) can give back the middle digits.
 *
 * @param foreign scheme {@code 01} (foreign card) rather than {@code 00} (domestic)
 * @param stan    the original STAN of the transaction, 6 digits
 * @param amount  12 digits of minor units, as field 4 carries them
 */
public record UploadEntry(boolean foreign, String stan, MaskedCard card, String amount) {

    public static final String DOMESTIC_SCHEME = "00";
    public static final String FOREIGN_SCHEME = "01";

    public UploadEntry {
        requireDigits(stan, 6, "STAN");
        Objects.requireNonNull(card, "card");
        requireDigits(amount, 12, "amount");
    }

    /** {@code 00} domestic, {@code 01} foreign, as the entry travels. */
    public String scheme() {
        return foreign ? FOREIGN_SCHEME : DOMESTIC_SCHEME;
    }

    private static void requireDigits(String value, int length, String name) {
        if (value == null || value.length() != length || !Bcd.isDigits(value)) {
            throw new IllegalArgumentException(name + " of an upload entry is " + length + " digits");
        }
    }
}

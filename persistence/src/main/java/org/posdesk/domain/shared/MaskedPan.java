package org.posdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The only form in which a card number may exist in posdesk: the BIN (at most six digits) and
 * the last four. The type cannot hold more, so a full PAN cannot reach a column, a log line or a
 * page through it; {@link #fromFullPan} is where the protocol decoder drops the middle digits.
 */
@Embeddable
public class MaskedPan implements java.io.Serializable {

    private static final Pattern BIN = Pattern.compile("[0-9]{1,6}");
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");
    private static final Pattern FULL_PAN = Pattern.compile("[0-9]{12,19}");

    @Column(name = "card_bin", length = 8)
    private String bin;

    @Column(name = "card_last4", length = 4, columnDefinition = "CHAR(4)")
    private String lastFour;

    protected MaskedPan() {
    }

    /** @param bin the leading digits, up to six, or null when the source gives only the last four */
    public MaskedPan(String bin, String lastFour) {
        if (bin != null) {
            Checks.matching(bin, BIN, "card BIN");
        }
        this.bin = bin;
        this.lastFour = Checks.matching(lastFour, LAST_FOUR, "card last four");
    }

    public static MaskedPan fromFullPan(String pan) {
        Checks.matching(pan, FULL_PAN, "PAN");
        return new MaskedPan(pan.substring(0, 6), pan.substring(pan.length() - 4));
    }

    public static MaskedPan lastFourOnly(String lastFour) {
        return new MaskedPan(null, lastFour);
    }

    public String bin() {
        return bin;
    }

    public String lastFour() {
        return lastFour;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskedPan m && Objects.equals(bin, m.bin) && lastFour.equals(m.lastFour);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bin, lastFour);
    }

    /** Slip style, e.g. {@code 622202******0123}; the number of stars is fixed, not the PAN length. */
    @Override
    public String toString() {
        return (bin == null ? "" : bin) + "******" + lastFour;
    }
}

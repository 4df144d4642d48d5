package org.posdesk.connector.codec;

/**
 * What posdesk keeps of a card number: BIN, last four and length. Built from the full digits
 * inside the decoder; nothing in it can give back the middle digits.
 */
public record MaskedCard(String bin, String lastFour, int length) {

    /** Shorter numbers would leave almost nothing masked; real card numbers have 12 to 19 digits. */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 19;

    public MaskedCard {
        if (bin == null || bin.length() != 6 || !Bcd.isDigits(bin)) {
            throw new IllegalArgumentException("BIN must be 6 digits");
        }
        if (lastFour == null || lastFour.length() != 4 || !Bcd.isDigits(lastFour)) {
            throw new IllegalArgumentException("last four must be 4 digits");
        }
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException("card number length " + length + " outside "
                    + MIN_LENGTH + ".." + MAX_LENGTH);
        }
    }

    /** Reads only the kept digits of {@code digits}; the caller wipes the array. */
    static MaskedCard of(char[] digits) {
        int n = digits.length;
        if (n < MIN_LENGTH || n > MAX_LENGTH) {
            throw new IllegalArgumentException("card number length " + n + " outside "
                    + MIN_LENGTH + ".." + MAX_LENGTH);
        }
        return new MaskedCard(new String(digits, 0, 6), new String(digits, n - 4, 4), n);
    }

    /** The BIN, one {@code *} per hidden digit, and the last four: {@code 622202*********0123}. */
    public String masked() {
        return bin + "*".repeat(length - 10) + lastFour;
    }

    @Override
    public String toString() {
        return masked();
    }
}

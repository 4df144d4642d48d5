package org.posdesk.sim;

import java.util.Random;

/**
 * Luhn-valid test card numbers. UnionPay BIN {@code 622202} is domestic; {@code 411111} and
 * {@code 550000} are foreign. Test data only, and never written anywhere in clear.
 */
final class TestCards {

    static final String UNIONPAY_BIN = "622202";
    static final String VISA_BIN = "411111";
    static final String MASTERCARD_BIN = "550000";

    private TestCards() {
    }

    /** About two cards in three domestic, as on a Chinese merchant's terminal. */
    static String next(Random random) {
        int pick = random.nextInt(6);
        String bin = pick < 4 ? UNIONPAY_BIN : pick == 4 ? VISA_BIN : MASTERCARD_BIN;
        return withBin(bin, random);
    }

    static String withBin(String bin, Random random) {
        StringBuilder digits = new StringBuilder(bin);
        while (digits.length() < 15) {
            digits.append(random.nextInt(10));
        }
        return digits.append(checkDigit(digits)).toString();
    }

    static boolean luhnValid(String pan) {
        return pan.length() > 1 && checkDigit(pan.substring(0, pan.length() - 1)) == pan.charAt(pan.length() - 1) - '0';
    }

    private static int checkDigit(CharSequence payload) {
        int sum = 0;
        boolean twice = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}

package org.posdesk.domain.user;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them by default:
 * HMAC-SHA1, 30-second steps from the Unix epoch, 6 digits. A code is accepted for the step
 * before and after the current one (clocks drift, people type slowly), and only for a step
 * later than the last one used, so a code seen over a shoulder cannot be used a second time.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    public static final int WINDOW = 1;
    /** 160 bits, the HMAC-SHA1 block-size recommendation of RFC 4226. */
    public static final int SECRET_BYTES = 20;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {
    }

    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one step, zero-padded to {@code digits} (RFC 4226 dynamic truncation). */
    public static String code(byte[] secret, long step, int digits) {
        return code(secret, step, digits, "HmacSHA1");
    }

    /** As {@link #code(byte[], long, int)} with another HMAC; RFC 6238 also tests SHA-256 and SHA-512. */
    static String code(byte[] secret, long step, int digits, String hmac) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(hmac);
            mac.init(new SecretKeySpec(secret, hmac));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(hmac + " is required of every Java platform", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String digitsText = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - digitsText.length()) + digitsText;
    }

    /**
     * The step whose code {@code candidate} is, within the window around {@code currentStep} and
     * after {@code lastUsedStep}; empty when there is none. Every step of the window is computed
     * and compared in constant time, so timing does not tell which step matched.
     */
    public static OptionalLong matchingStep(byte[] secret, String candidate, long currentStep, long lastUsedStep) {
        if (candidate == null || !candidate.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] typed = candidate.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long found = Long.MIN_VALUE;
        for (long step = currentStep - WINDOW; step <= currentStep + WINDOW; step++) {
            byte[] expected = code(secret, step, DIGITS).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, typed) && step > lastUsedStep && found == Long.MIN_VALUE) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /**
     * The key URI authenticator apps scan (Google's Key Uri Format): issuer and account label,
     * the secret in base32, and the algorithm spelled out although it is the default.
     */
    public static String keyUri(String issuer, String account, String base32Secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.posdesk.sim;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field 62 of a sign-on reply: a new MAK encrypted under the TMK (3DES-ECB, 16 bytes) and its
 * check value (the first 4 bytes of the new MAK encrypting 8 zero bytes).
 */
final class KeyRotation {

    private KeyRotation() {
    }

    /** The new MAK, or empty when the check value does not match. */
    static Optional<byte[]> unwrap(byte[] field62, byte[] tmk) {
        if (field62.length < 20) {
            return Optional.empty();
        }
        try {
            byte[] mak = tripleDes(Cipher.DECRYPT_MODE, tmk).doFinal(field62, 0, 16);
            byte[] check = Arrays.copyOf(tripleDes(Cipher.ENCRYPT_MODE, mak).doFinal(new byte[8]), 4);
            return MessageDigest.isEqual(check, Arrays.copyOfRange(field62, 16, 20)) ? Optional.of(mak)
                    : Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DESede is part of every JDK", e);
        }
    }

    static Cipher tripleDes(int mode, byte[] doubleLengthKey) throws GeneralSecurityException {
        byte[] key = Arrays.copyOf(doubleLengthKey, 24);
        System.arraycopy(doubleLengthKey, 0, key, 16, 8);
        Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "DESede"));
        return cipher;
    }
}

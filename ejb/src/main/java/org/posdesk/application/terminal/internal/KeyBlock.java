package org.posdesk.application.terminal.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * Field 62 of a sign-on reply during a MAK rotation: the new MAK encrypted under the terminal
 * master key (3DES-ECB, 16 bytes), then its check value (the first 4 bytes of 8 zero bytes
 * encrypted under the new MAK) so the terminal can tell a garbled key from a good one.
 */
final class KeyBlock {

    static final int LENGTH = 20;

    private KeyBlock() {
    }

    static byte[] wrap(byte[] newMak, byte[] tmk) {
        return ByteBuffer.allocate(LENGTH).put(tripleDes(Cipher.ENCRYPT_MODE, tmk, newMak))
                .put(checkValue(newMak)).array();
    }

    static byte[] checkValue(byte[] key) {
        return Arrays.copyOf(tripleDes(Cipher.ENCRYPT_MODE, key, new byte[8]), 4);
    }

    static byte[] tripleDes(int mode, byte[] doubleLengthKey, byte[] data) {
        if (doubleLengthKey.length != 16) {
            throw new IllegalArgumentException("a double-length key is 16 bytes");
        }
        // DESede wants K1 K2 K3; a double-length key is K1 K2 K1.
        byte[] k1k2k1 = Arrays.copyOf(doubleLengthKey, 24);
        System.arraycopy(doubleLengthKey, 0, k1k2k1, 16, 8);
        try {
            Cipher cipher = Cipher.getInstance("DESede/ECB/NoPadding");
            cipher.init(mode, new SecretKeySpec(k1k2k1, "DESede"));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DESede is part of every Java runtime", e);
        } finally {
            Arrays.fill(k1k2k1, (byte) 0);
        }
    }
}

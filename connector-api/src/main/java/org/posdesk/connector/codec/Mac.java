package org.posdesk.connector.codec;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * ISO 9797-1 MAC algorithm 3 (the "retail MAC") with padding method 1, under a double-length
 * DES key: CBC with the left half over every block, then the last block decrypted with the
 * right half and encrypted again with the left half. Thread-safe: a cipher is made per call.
 */
public final class Mac {

    public static final int LENGTH = 8;
    private static final int BLOCK = 8;

    private final SecretKeySpec left;
    private final SecretKeySpec right;

    public Mac(byte[] doubleLengthKey) {
        if (doubleLengthKey == null || doubleLengthKey.length != 16) {
            throw new IllegalArgumentException("a double-length DES key is 16 bytes");
        }
        this.left = new SecretKeySpec(Arrays.copyOfRange(doubleLengthKey, 0, 8), "DES");
        this.right = new SecretKeySpec(Arrays.copyOfRange(doubleLengthKey, 8, 16), "DES");
    }

    public byte[] compute(byte[] data) {
        try {
            Cipher encryptLeft = des(Cipher.ENCRYPT_MODE, left);
            byte[] chain = new byte[BLOCK];
            // Padding method 1: zeros up to a block boundary, nothing when already on one;
            // an empty input still makes one zero block.
            int blocks = Math.max(1, (data.length + BLOCK - 1) / BLOCK);
            for (int b = 0; b < blocks; b++) {
                for (int i = 0; i < BLOCK; i++) {
                    int at = b * BLOCK + i;
                    chain[i] ^= at < data.length ? data[at] : 0;
                }
                chain = encryptLeft.doFinal(chain);
            }
            chain = des(Cipher.DECRYPT_MODE, right).doFinal(chain);
            return encryptLeft.doFinal(chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DES is part of every Java runtime", e);
        }
    }

    /** Compares in constant time, so response timing does not reveal how much of a MAC was right. */
    public boolean verify(byte[] data, byte[] mac) {
        return mac != null && MessageDigest.isEqual(compute(data), mac);
    }

    private static Cipher des(int mode, SecretKeySpec key) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("DES/ECB/NoPadding");
        cipher.init(mode, key);
        return cipher;
    }

    @Override
    public String toString() {
        return "Mac[key hidden]";
    }
}

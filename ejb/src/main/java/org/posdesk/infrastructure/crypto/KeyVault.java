package org.posdesk.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts terminal keys at rest (AES-256-GCM) under a key-encryption key that comes from
 * configuration only: {@code POSDESK_MASTER_KEY} (base64 of 32 bytes) or a file named by
 * {@code POSDESK_MASTER_KEY_FILE}. Without one, posdesk refuses to store keys rather than invent
 * a key that a restart would lose.
 */
@ApplicationScoped
public class KeyVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Optional<SecretKey> masterKey;

    public KeyVault() {
        this(configuredKey());
    }

    KeyVault(Optional<SecretKey> masterKey) {
        this.masterKey = masterKey;
    }

    public static KeyVault withKey(byte[] key) {
        return new KeyVault(Optional.of(toKey(key)));
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("key encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 0, IV_BYTES));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // Never include key material or ciphertext in the message.
            throw new IllegalStateException("stored key cannot be decrypted with the configured master key", e);
        }
    }

    /** A fresh random key of the given length, for new terminals and rotations. */
    public static byte[] randomKey(int bytes) {
        byte[] key = new byte[bytes];
        RANDOM.nextBytes(key);
        return key;
    }

    public boolean isConfigured() {
        return masterKey.isPresent();
    }

    private SecretKey key() {
        return masterKey.orElseThrow(() -> new IllegalStateException(
                "no master key configured: set POSDESK_MASTER_KEY or POSDESK_MASTER_KEY_FILE"));
    }

    private static Optional<SecretKey> configuredKey() {
        String inline = System.getenv("POSDESK_MASTER_KEY");
        if (inline != null && !inline.isBlank()) {
            return Optional.of(toKey(Base64.getDecoder().decode(inline.trim())));
        }
        String file = System.getenv("POSDESK_MASTER_KEY_FILE");
        if (file != null && !file.isBlank()) {
            try {
                String text = Files.readString(Path.of(file), StandardCharsets.US_ASCII).trim();
                return Optional.of(toKey(Base64.getDecoder().decode(text)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read POSDESK_MASTER_KEY_FILE " + file, e);
            }
        }
        return Optional.empty();
    }

    private static SecretKey toKey(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes, got " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }
}

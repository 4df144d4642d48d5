package org.posdesk.infrastructure.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.CipherOutputStream;
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
    /** The first bytes of a sealed file: "posdesk sealed, format 1". */
    public static final byte[] SEALED_MAGIC = "PDSEAL1\n".getBytes(StandardCharsets.US_ASCII);

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

    /**
     * Seals a whole file (an acquirer statement with full card numbers) under the master key:
     * {@link #SEALED_MAGIC}, a random IV, then AES-256-GCM ciphertext and tag, streamed, so a large
     * file never sits in memory. {@code bin/posdesk unseal} reverses it with the same key.
     */
    public void seal(InputStream plain, OutputStream sealed) throws IOException {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            sealed.write(SEALED_MAGIC);
            sealed.write(iv);
            try (OutputStream out = new CipherOutputStream(new NonClosing(sealed), cipher)) {
                plain.transferTo(out);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("file sealing failed", e);
        }
    }

    /** Reads back what {@link #seal} wrote; fails if the file was altered or sealed under another key. */
    public byte[] unseal(InputStream sealed) throws IOException {
        byte[] magic = sealed.readNBytes(SEALED_MAGIC.length);
        if (!java.util.Arrays.equals(magic, SEALED_MAGIC)) {
            throw new IOException("not a file sealed by posdesk");
        }
        byte[] iv = sealed.readNBytes(IV_BYTES);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            return cipher.doFinal(sealed.readAllBytes());
        } catch (GeneralSecurityException e) {
            throw new IOException("the sealed file cannot be opened with the configured master key", e);
        }
    }

    /** Lets the cipher stream finish (write the GCM tag) without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
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

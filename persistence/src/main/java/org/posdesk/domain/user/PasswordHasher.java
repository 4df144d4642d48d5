package org.posdesk.domain.user;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 in the stored format of Jakarta Security's {@code Pbkdf2PasswordHash}
 * ({@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}), so the hashes written
 * here are verified by the server's {@code @DatabaseIdentityStoreDefinition} and vice versa.
 * Verification reads iterations, salt and key length from the stored string, so hashes written
 * with other parameters (Soteria's own default is 2048 iterations) keep working.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    public static final int ITERATIONS = 3072;
    public static final int SALT_BYTES = 32;
    public static final int KEY_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, ITERATIONS, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + ITERATIONS + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public boolean verify(char[] password, String stored) {
        Parsed parsed;
        try {
            parsed = parse(stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt(), parsed.iterations(), parsed.hash().length);
        return MessageDigest.isEqual(candidate, parsed.hash());
    }

    public static Parsed parse(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            throw new IllegalArgumentException("not a " + ALGORITHM + " password hash");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || hash.length == 0) {
                throw new IllegalArgumentException("empty part in password hash");
            }
            return new Parsed(parts[0], iterations, salt, hash);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("malformed password hash", e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(ALGORITHM + " is required of every Java platform", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The parts of a stored hash. */
    public record Parsed(String algorithm, int iterations, byte[] salt, byte[] hash) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Parsed p && algorithm.equals(p.algorithm) && iterations == p.iterations
                    && Arrays.equals(salt, p.salt) && Arrays.equals(hash, p.hash);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(salt) + Arrays.hashCode(hash);
        }

        @Override
        public String toString() {
            return algorithm + ":" + iterations + ":(" + salt.length + " bytes salt):(" + hash.length + " bytes)";
        }
    }
}

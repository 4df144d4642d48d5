package org.posdesk.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesVerifyWithTheRightPasswordOnly() {
        String stored = hasher.hash("s3cret-门店".toCharArray());

        assertThat(hasher.verify("s3cret-门店".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("s3cret-门".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void writesTheJakartaSecurityFormat() {
        String stored = hasher.hash("pw".toCharArray());

        assertThat(stored).matches("PBKDF2WithHmacSHA256:3072:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+");
        PasswordHasher.Parsed parsed = PasswordHasher.parse(stored);
        assertThat(parsed.iterations()).isEqualTo(PasswordHasher.ITERATIONS);
        assertThat(parsed.salt()).hasSize(PasswordHasher.SALT_BYTES);
        assertThat(parsed.hash()).hasSize(PasswordHasher.KEY_BYTES);
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("pw".toCharArray())).isNotEqualTo(hasher.hash("pw".toCharArray()));
    }

    @Test
    void readsIterationsSaltAndKeyLengthFromTheStoredHash() throws Exception {
        // Written as Soteria's defaults would: 2048 iterations, 32-byte salt, 32-byte key.
        byte[] salt = new byte[32];
        salt[0] = 7;
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("pw".toCharArray(), salt, 2048, 256)).getEncoded();
        String stored = "PBKDF2WithHmacSHA256:2048:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);

        assertThat(hasher.verify("pw".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("pw".toCharArray(), stored.replace(":2048:", ":2049:"))).isFalse();
    }

    @Test
    void malformedHashesAreRefusedNotThrown() {
        assertThat(hasher.verify("pw".toCharArray(), "plain-text")).isFalse();
        assertThat(hasher.verify("pw".toCharArray(), "PBKDF2WithHmacSHA1:3072:AAAA:AAAA")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> PasswordHasher.parse("PBKDF2WithHmacSHA256:x:AAAA:AAAA"));
    }
}

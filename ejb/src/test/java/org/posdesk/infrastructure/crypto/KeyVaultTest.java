package org.posdesk.infrastructure.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyVaultTest {

    private final KeyVault vault = KeyVault.withKey(KeyVault.randomKey(32));

    @Test
    void roundTripsAKeyWithoutKeepingItInClear() {
        byte[] mak = KeyVault.randomKey(16);
        byte[] stored = vault.encrypt(mak);
        assertThat(stored).hasSize(12 + 16 + 16);
        assertThat(java.util.Collections.indexOfSubList(boxed(stored), boxed(mak))).isEqualTo(-1);
        assertThat(vault.decrypt(stored)).isEqualTo(mak);
    }

    private static java.util.List<Byte> boxed(byte[] bytes) {
        java.util.List<Byte> list = new java.util.ArrayList<>();
        for (byte b : bytes) {
            list.add(b);
        }
        return list;
    }

    @Test
    void encryptsTheSameKeyDifferentlyEachTime() {
        byte[] mak = KeyVault.randomKey(16);
        assertThat(vault.encrypt(mak)).isNotEqualTo(vault.encrypt(mak));
    }

    @Test
    void refusesCiphertextFromAnotherMasterKey() {
        byte[] stored = KeyVault.withKey(KeyVault.randomKey(32)).encrypt(KeyVault.randomKey(16));
        assertThatThrownBy(() -> vault.decrypt(stored)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesToWorkWithoutAConfiguredKey() {
        KeyVault unconfigured = new KeyVault(Optional.empty());
        assertThat(unconfigured.isConfigured()).isFalse();
        assertThatThrownBy(() -> unconfigured.encrypt(new byte[16]))
                .hasMessageContaining("POSDESK_MASTER_KEY");
    }

    @Test
    void refusesAMasterKeyOfTheWrongLength() {
        assertThatThrownBy(() -> KeyVault.withKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sealsAFileSoOnlyTheSameMasterKeyOpensItAndAnyChangeIsRefused() throws Exception {
        byte[] statement = "6225880000000000 a statement line with a full card number\n".repeat(3000)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.io.ByteArrayOutputStream sealed = new java.io.ByteArrayOutputStream();
        vault.seal(new java.io.ByteArrayInputStream(statement), sealed);
        byte[] bytes = sealed.toByteArray();
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("PDSEAL1\n")
                .doesNotContain("6225880000000000");
        assertThat(vault.unseal(new java.io.ByteArrayInputStream(bytes))).isEqualTo(statement);

        bytes[bytes.length / 2] ^= 1;
        assertThatThrownBy(() -> vault.unseal(new java.io.ByteArrayInputStream(bytes)))
                .isInstanceOf(java.io.IOException.class);
        byte[] intact = sealed.toByteArray();
        assertThatThrownBy(() -> KeyVault.withKey(KeyVault.randomKey(32)).unseal(new java.io.ByteArrayInputStream(intact)))
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> vault.unseal(new java.io.ByteArrayInputStream(statement)))
                .hasMessageContaining("not a file sealed by posdesk");
    }
}

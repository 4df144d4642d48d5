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
}

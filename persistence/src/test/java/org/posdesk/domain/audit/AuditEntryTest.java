package org.posdesk.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00.123456Z");

    private static AuditEntry.Content content(String detail) {
        return new AuditEntry.Content(T0, "alice", "TERMINAL_KEY_ROTATED", "SUCCESS", "10.0.0.1",
                "Terminal", "T0000001", detail);
    }

    @Test
    void entriesChainByTheirPredecessorsHash() {
        AuditEntry first = AuditEntry.following(Optional.empty(), content("a"));
        AuditEntry second = AuditEntry.following(Optional.of(first), content("b"));

        assertThat(first.getPrevHash()).isEmpty();
        assertThat(first.getHash()).hasSize(64);
        assertThat(second.getPrevHash()).contains(first.getHash());
        assertThat(second.follows(first)).isTrue();
        assertThat(first.follows(second)).isFalse();
        assertThat(second.isIntact()).isTrue();
    }

    @Test
    void changingContentChangesTheHash() {
        AuditEntry a = AuditEntry.following(Optional.empty(), content("detail"));
        AuditEntry b = AuditEntry.following(Optional.empty(), content("detail!"));
        assertThat(a.getHash()).isNotEqualTo(b.getHash());
    }

    @Test
    void sameContentAfterADifferentPredecessorHashesDifferently() {
        AuditEntry root1 = AuditEntry.following(Optional.empty(), content("x"));
        AuditEntry root2 = AuditEntry.following(Optional.empty(), content("y"));

        assertThat(AuditEntry.following(Optional.of(root1), content("z")).getHash())
                .isNotEqualTo(AuditEntry.following(Optional.of(root2), content("z")).getHash());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        AuditEntry a = AuditEntry.following(Optional.empty(),
                new AuditEntry.Content(T0, "ab", "E", "SUCCESS", null, null, null, null));
        AuditEntry b = AuditEntry.following(Optional.empty(),
                new AuditEntry.Content(T0, "a", "bE", "SUCCESS", null, null, null, null));
        assertThat(a.getHash()).isNotEqualTo(b.getHash());
    }

    @Test
    void timeIsKeptToTheMillisecondTheDatabaseStores() {
        AuditEntry entry = AuditEntry.following(Optional.empty(), content("a"));
        assertThat(entry.getOccurredAt()).isEqualTo(Instant.parse("2026-11-22T02:00:00.123Z"));
    }

    @Test
    void theChainHeadIsWhereTheNextEntryLinks() {
        AuditEntry first = AuditEntry.following(ChainHead.EMPTY, content("a"));
        AuditEntry second = AuditEntry.following(first.asHead(), content("b"));

        assertThat(first.getChainPosition()).isEqualTo(1);
        assertThat(second.getChainPosition()).isEqualTo(2);
        assertThat(second.follows(first.asHead())).isTrue();
        assertThat(second.follows(ChainHead.EMPTY)).isFalse();
        assertThat(first.follows(ChainHead.EMPTY)).isTrue();
    }

    @Test
    void aHeadNamesAHashExactlyWhenItNamesAnEntry() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChainHead(0, "abc"))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChainHead(3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

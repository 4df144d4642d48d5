package org.posdesk.application.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.application.audit.ChainReport;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.ChainHead;

class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    private final List<AuditEntry> stored = new ArrayList<>();
    private ChainHead head = ChainHead.EMPTY;

    @Test
    void anUntouchedChainIsIntactAcrossPages() {
        append(7);
        ChainReport report = verify();
        assertThat(report.isIntact()).as(report.summary()).isTrue();
        assertThat(report.checked()).isEqualTo(7);
        assertThat(report.headPosition()).isEqualTo(7);
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(verify().isIntact()).isTrue();
    }

    @Test
    void aChangedEntryIsNamed() throws Exception {
        append(6);
        set(stored.get(3), "detail", "rewritten");
        assertThat(verify()).extracting(ChainReport::problem, ChainReport::position)
                .containsExactly(ChainReport.Problem.ALTERED, 4L);
    }

    @Test
    void anEntryWhoseHashWasRecomputedBreaksTheNextLink() throws Exception {
        append(6);
        AuditEntry forged = AuditEntry.following(stored.get(1).asHead(), content("forged"));
        stored.set(2, forged);
        assertThat(verify()).extracting(ChainReport::problem, ChainReport::position)
                .containsExactly(ChainReport.Problem.BROKEN_LINK, 4L);
    }

    @Test
    void aRemovedEntryIsReportedMissing() {
        append(6);
        stored.remove(2);
        assertThat(verify()).extracting(ChainReport::problem, ChainReport::position)
                .containsExactly(ChainReport.Problem.MISSING, 3L);
    }

    @Test
    void entriesCutOffTheEndAreReportedMissingByTheHead() {
        append(6);
        stored.remove(5);
        stored.remove(4);
        ChainReport report = verify();
        assertThat(report).extracting(ChainReport::problem, ChainReport::position)
                .containsExactly(ChainReport.Problem.MISSING, 5L);
        assertThat(report.summary()).contains("MISSING at position 5");
    }

    private ChainReport verify() {
        return new ChainVerifier(after -> stored.stream().filter(e -> e.getChainPosition() > after).limit(2).toList(),
                () -> head).verify();
    }

    private void append(int n) {
        for (int i = 0; i < n; i++) {
            AuditEntry entry = AuditEntry.following(head, content("entry " + i));
            stored.add(entry);
            head = entry.asHead();
        }
    }

    private static AuditEntry.Content content(String detail) {
        return new AuditEntry.Content(T0, "alice", "EXPORT_TRANSACTIONS", "SUCCESS", "10.0.0.1", "export", "x", detail);
    }

    /** What an attacker with write access to the table does; the entity itself offers no setter. */
    private static void set(AuditEntry entry, String field, Object value) throws Exception {
        Field f = AuditEntry.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(entry, value);
    }
}

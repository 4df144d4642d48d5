package org.posdesk.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupNameTest {

    @Test
    void aNameCarriesItsStartTimeToTheMillisecondAndSortsByIt() {
        Instant at = Instant.parse("2026-11-22T21:54:00.123Z");
        assertThat(BackupName.of(at)).isEqualTo("posdesk-20261122T215400123Z.sql.gz");
        assertThat(BackupName.parse(BackupName.of(at))).hasValue(at);
        assertThat(BackupName.of(at.plusMillis(1))).isGreaterThan(BackupName.of(at));
    }

    @Test
    void otherFilesAreNotBackups() {
        assertThat(BackupName.parse("posdesk-20261122T215400123Z.sql.gz.part")).isEmpty();
        assertThat(BackupName.parse("notes.txt")).isEmpty();
        assertThat(BackupName.parse("posdesk-20261399T215400123Z.sql.gz")).isEmpty();
        assertThat(BackupName.parse(null)).isEmpty();
    }
}

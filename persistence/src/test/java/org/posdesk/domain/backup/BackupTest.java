package org.posdesk.domain.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackupTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:30:00Z");

    @Test
    void aBackupIsGoodOnlyAfterItsRestoreWasProvenAndEveryStepLeavesHistory() {
        Backup b = Backup.start("posdesk-x.sql.gz", "admin1", "node-a", T0);
        assertThat(b.isVerified()).isFalse();
        b.dumped(1234, Duration.ofSeconds(3), 2, 10, "a\t10\t00000000000000ff\n", T0.plusSeconds(3));
        assertThat(b.isVerified()).isFalse();
        b.verifying(T0.plusSeconds(3));
        b.verified(Duration.ofSeconds(5), T0.plusSeconds(8));
        assertThat(b.isVerified()).isTrue();
        assertThat(b.getFinishedAt()).hasValue(T0.plusSeconds(8));
        assertThat(b.getTransitions()).extracting(BackupTransition::getToState).containsExactly(BackupState.RUNNING,
                BackupState.DUMPED, BackupState.VERIFYING, BackupState.VERIFIED);
        assertThat(b.getTransitions().get(0).getCause()).isEqualTo("requested by admin1");
    }

    @Test
    void aFailureKeepsItsReasonAndASettledBackupCannotChangeItsOutcome() {
        Backup b = Backup.start("posdesk-y.sql.gz", null, "node-a", T0);
        b.dumped(1, Duration.ofSeconds(1), 1, 1, "a\t1\t0000000000000001\n", T0);
        b.verifying(T0);
        b.fail("table a: 1 rows backed up, 0 restored", Duration.ofSeconds(2), T0.plusSeconds(2));
        assertThat(b.getState()).isEqualTo(BackupState.FAILED);
        assertThat(b.getReason()).hasValue("table a: 1 rows backed up, 0 restored");
        assertThat(b.getVerifyDuration()).hasValue(Duration.ofSeconds(2));
        assertThatThrownBy(() -> b.fail("again", null, T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> b.verified(Duration.ZERO, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stepsCannotBeSkipped() {
        Backup b = Backup.start("posdesk-z.sql.gz", null, "node-a", T0);
        assertThatThrownBy(() -> b.verifying(T0)).isInstanceOf(IllegalStateException.class);
        assertThat(b.getTransitions().get(0).getCause()).isEqualTo("scheduled");
    }
}

package org.posdesk.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void aRecurringCauseIsCountedOnOneAlertAndReopensIt() {
        Alert alert = Alert.raise(AlertKind.CONFLICTING_DUPLICATE, "10000001/000007/000042", "first", 1L, 2L, T0);
        assertThat(alert.acknowledge("agent1", T0.plusSeconds(10))).isTrue();
        assertThat(alert.recur("second", T0.plusSeconds(60))).as("reopened").isTrue();

        assertThat(alert.getOccurrences()).isEqualTo(2);
        assertThat(alert.getAcknowledgedBy()).isEmpty();
        assertThat(alert.getState()).isEqualTo(AlertState.OPEN);
        assertThat(alert.getMessage()).isEqualTo("second");
        assertThat(alert.getFirstRaisedAt()).isEqualTo(T0);
        assertThat(alert.getLastRaisedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aRecurrenceOfAnOpenAlertOnlyCounts() {
        Alert alert = Alert.raise(AlertKind.JOB_FAILING, "backup", "first", null, null, T0);
        assertThat(alert.recur("again", T0.plusSeconds(5))).isFalse();
        assertThat(alert.getOccurrences()).isEqualTo(2);
    }

    @Test
    void acknowledgingTwiceChangesNothing() {
        Alert alert = Alert.raise(AlertKind.JOB_FAILING, "backup", "first", null, null, T0);
        alert.acknowledge("admin1", T0.plusSeconds(1));
        assertThat(alert.acknowledge("agent1", T0.plusSeconds(2))).isFalse();
        assertThat(alert.getAcknowledgedBy()).contains("admin1");
        assertThat(alert.getAcknowledgedAt()).contains(T0.plusSeconds(1));
    }

    @Test
    void aLateOccurrenceDoesNotMoveTheLastTimeBack() {
        Alert alert = Alert.raise(AlertKind.CONFLICTING_DUPLICATE, "k", "m", null, null, T0);
        alert.recur("m", T0.minusSeconds(5));
        assertThat(alert.getLastRaisedAt()).isEqualTo(T0);
    }

    @Test
    void alertsOfOneCauseAreEqual() {
        assertThat(Alert.raise(AlertKind.CONFLICTING_DUPLICATE, "k", "a", null, null, T0))
                .isEqualTo(Alert.raise(AlertKind.CONFLICTING_DUPLICATE, "k", "b", 1L, 1L, T0.plusSeconds(1)));
    }

    @Test
    void longMessagesAreCutToTheColumn() {
        Alert alert = Alert.raise(AlertKind.CONFLICTING_DUPLICATE, "k", "x".repeat(1500), null, null, T0);
        assertThat(alert.getMessage()).hasSize(1000);
    }
}

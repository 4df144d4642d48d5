package org.posdesk.domain.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OfflineGapTest {

    private static final Instant START = Instant.parse("2026-11-22T02:00:00Z");

    @Test
    void anOpenGapTakesOverTheClosedRecordOfTheSameSilence() {
        OfflineGap watched = OfflineGap.open(5, START);
        watched.markAlerted(START.plusSeconds(1900));
        OfflineGap recordedOnReturn = OfflineGap.closed(5, START, START.plusSeconds(2400));
        recordedOnReturn.countOfflineTransaction();
        recordedOnReturn.countOfflineTransaction();

        watched.absorb(recordedOnReturn);

        assertThat(watched.isOpen()).isFalse();
        assertThat(watched.getEndedAt()).isEqualTo(START.plusSeconds(2400));
        assertThat(watched.getOfflineTransactions()).isEqualTo(2);
        assertThat(watched.getAlertedAt()).contains(START.plusSeconds(1900));
        assertThat(watched.length(Instant.MAX)).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void onlyTheSameTerminalAndStartIsTheSameSilence() {
        OfflineGap gap = OfflineGap.open(5, START);

        assertThatThrownBy(() -> gap.absorb(OfflineGap.closed(6, START, START.plusSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gap.absorb(OfflineGap.closed(5, START.plusSeconds(1), START.plusSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isAlertedOnceAndRecountedFromTheJournal() {
        OfflineGap gap = OfflineGap.open(5, START);
        gap.markAlerted(START.plusSeconds(10));
        gap.markAlerted(START.plusSeconds(20));
        gap.recountOfflineTransactions(3);

        assertThat(gap.getAlertedAt()).contains(START.plusSeconds(10));
        assertThat(gap.getOfflineTransactions()).isEqualTo(3);
        assertThat(gap.length(START.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> gap.recountOfflineTransactions(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TerminalClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aSlipOfNewYearsEveReceivedAfterMidnightBelongsToTheOldYear() {
        // 2026-01-01 00:00:30 in Shanghai
        Instant received = Instant.parse("2025-12-31T16:00:30Z");
        assertThat(TerminalClock.resolve("1231", "235900", received, SHANGHAI))
                .contains(LocalDateTime.of(2025, 12, 31, 23, 59, 0));
    }

    @Test
    void aSlipOfNewYearsDayReceivedBeforeMidnightByAFastClockBelongsToTheNewYear() {
        Instant received = Instant.parse("2025-12-31T15:58:00Z"); // 23:58 in Shanghai
        assertThat(TerminalClock.resolve("0101", "000100", received, SHANGHAI))
                .contains(LocalDateTime.of(2026, 1, 1, 0, 1, 0));
    }

    @Test
    void theReceiptDateIsReadInTheMerchantsZone() {
        // 16:30 UTC on 31 December: already 1 January 00:30 in Shanghai, still 31 December in Los Angeles.
        Instant received = Instant.parse("2025-12-31T16:30:00Z");
        assertThat(TerminalClock.resolve("0101", "002500", received, SHANGHAI))
                .contains(LocalDateTime.of(2026, 1, 1, 0, 25, 0));
        assertThat(TerminalClock.resolve("1231", "082500", received, ZoneId.of("America/Los_Angeles")))
                .contains(LocalDateTime.of(2025, 12, 31, 8, 25, 0));
    }

    @Test
    void halfAYearAwayTheNearerYearWins() {
        Instant received = Instant.parse("2026-03-01T04:00:00Z");
        assertThat(TerminalClock.resolve("0901", "120000", received, SHANGHAI))
                .contains(LocalDateTime.of(2025, 9, 1, 12, 0, 0));
        // 182 days ahead against 183 back
        assertThat(TerminalClock.resolve("0830", "120000", received, SHANGHAI))
                .contains(LocalDateTime.of(2026, 8, 30, 12, 0, 0));
    }

    @Test
    void leapDayFarFromALeapYearCannotBeResolved() {
        assertThat(TerminalClock.resolve("0229", "120000", Instant.parse("2026-06-01T00:00:00Z"), SHANGHAI))
                .isEmpty();
        assertThat(TerminalClock.resolve("0229", "120000", Instant.parse("2028-03-01T00:00:00Z"), SHANGHAI))
                .contains(LocalDateTime.of(2028, 2, 29, 12, 0, 0));
    }

    @Test
    void theWireFormLeavesTheYearOut() {
        assertThat(TerminalClock.monthDayTime(LocalDateTime.of(2025, 12, 31, 23, 59, 7))).isEqualTo("1231235907");
    }
}

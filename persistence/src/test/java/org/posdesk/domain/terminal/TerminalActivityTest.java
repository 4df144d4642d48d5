package org.posdesk.domain.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Tid;

/** Requests other than contacts keep a terminal in contact without a contact row per message. */
class TerminalActivityTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:20:45Z");

    private static Terminal terminal() {
        Terminal terminal = new Terminal(new Tid("10000021"), 1L, 1L, "SN-1", "PAX A920", new byte[16],
                new byte[16], T0.minusSeconds(3600));
        try {
            Field id = Terminal.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(terminal, 21L);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return terminal;
    }

    private static Terminal signedOnAt(Instant at) {
        Terminal terminal = terminal();
        terminal.recordContact(ContactKind.SIGN_ON, at, "node-1");
        return terminal;
    }

    @Test
    void advicesEveryFiftySecondsLeaveNoGapWhereHeartbeatsAreMissing() {
        // The evidence: the last heartbeat at 17:20:45, advices every ~50 s, the next heartbeat at 17:25:46.
        Terminal terminal = signedOnAt(T0);
        for (Instant advice : new Instant[] {T0.plusSeconds(50), T0.plusSeconds(100), T0.plusSeconds(151),
                T0.plusSeconds(201), T0.plusSeconds(251)}) {
            assertThat(terminal.recordActivity(advice, "node-1")).isEmpty();
        }

        RecordedContact heartbeat = terminal.recordContact(ContactKind.HEARTBEAT, T0.plusSeconds(301), "node-1");

        assertThat(heartbeat.gap()).isEmpty();
        assertThat(terminal.isOnline(T0.plusSeconds(301 + 179))).isTrue();
    }

    @Test
    void activityMovesLastContactAndOnlineDeadlineLikeAHeartbeat() {
        Terminal terminal = signedOnAt(T0);

        terminal.recordActivity(T0.plusSeconds(120), "node-2");

        assertThat(terminal.getLastContactAt()).contains(T0.plusSeconds(120));
        assertThat(terminal.getLastContactNode()).contains("node-2");
        assertThat(terminal.getOnlineUntil()).contains(T0.plusSeconds(120).plus(terminal.allowance()));
        assertThat(terminal.isOnline(T0.plusSeconds(120 + 180))).isTrue();
    }

    @Test
    void aRecentLastContactIsLeftAloneSoNoRowUpdateIsNeeded() {
        Terminal terminal = signedOnAt(T0);

        assertThat(terminal.recordActivity(T0.plusMillis(4_999), "node-2")).isEmpty();
        assertThat(terminal.recordActivity(T0.plus(Terminal.ACTIVITY_REFRESH), "node-2")).isEmpty();

        assertThat(terminal.getLastContactAt()).contains(T0);
        assertThat(terminal.getLastContactNode()).contains("node-1");

        terminal.recordActivity(T0.plus(Terminal.ACTIVITY_REFRESH).plusMillis(1), "node-2");
        assertThat(terminal.getLastContactAt()).contains(T0.plus(Terminal.ACTIVITY_REFRESH).plusMillis(1));
    }

    @Test
    void silenceBeyondTheAllowanceIsAGapClosedByTheActivity() {
        Terminal terminal = signedOnAt(T0);
        Instant back = T0.plus(terminal.allowance()).plusSeconds(1);

        Optional<OfflineGap> gap = terminal.recordActivity(back, "node-1");

        assertThat(gap).hasValueSatisfying(g -> {
            assertThat(g.getStartedAt()).isEqualTo(T0);
            assertThat(g.getEndedAt()).isEqualTo(back);
            assertThat(g.getTerminalId()).isEqualTo(21L);
        });
        assertThat(terminal.getLastContactAt()).contains(back);
    }

    @Test
    void silenceWithinTheAllowanceIsNoGap() {
        Terminal terminal = signedOnAt(T0);
        assertThat(terminal.recordActivity(T0.plus(terminal.allowance()), "node-1")).isEmpty();
        assertThat(terminal.getLastContactAt()).contains(T0.plus(terminal.allowance()));
    }

    @Test
    void aRedeliveredOlderMessageDoesNotMoveTheLastContactBack() {
        Terminal terminal = signedOnAt(T0);
        assertThat(terminal.recordActivity(T0.minusSeconds(600), "node-2")).isEmpty();
        assertThat(terminal.getLastContactAt()).contains(T0);
    }

    @Test
    void theFirstContactEverIsTakenAndIsNoGap() {
        Terminal terminal = terminal();
        assertThat(terminal.recordActivity(T0, "node-1")).isEmpty();
        assertThat(terminal.getLastContactAt()).contains(T0);
        assertThat(terminal.isConnected()).isTrue();
    }

    @Test
    void activityAfterADisconnectShowsTheTerminalConnectedAgainEvenWithinSeconds() {
        Terminal terminal = signedOnAt(T0);
        terminal.recordContact(ContactKind.DISCONNECT, T0.plusSeconds(1), "node-1");
        assertThat(terminal.isConnected()).isFalse();

        terminal.recordActivity(T0.plusSeconds(2), "node-1");

        assertThat(terminal.isConnected()).isTrue();
        assertThat(terminal.getLastContactAt()).contains(T0.plusSeconds(2));
    }

    @Test
    void theUploadingBatchIsNotedAndClearedOnlyByItsOwnEnd() {
        Terminal terminal = terminal();
        assertThat(terminal.getUploadingBatchNumber()).isEmpty();

        terminal.uploadStarted(BatchNumber.of(7));
        terminal.uploadEnded(BatchNumber.of(6));
        assertThat(terminal.getUploadingBatchNumber()).contains(BatchNumber.of(7));

        terminal.uploadEnded(BatchNumber.of(7));
        assertThat(terminal.getUploadingBatchNumber()).isEmpty();
    }
}

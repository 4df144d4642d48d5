package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.posdesk.application.terminal.internal.InMemory.T0;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.domain.terminal.ContactKind;
import org.posdesk.domain.terminal.Terminal;

/** Advices keep a terminal in contact: no false gap, no contact row, no update per message. */
class ContactActivityTest {

    private final InMemory.Terminals terminals = new InMemory.Terminals();
    private final ContactFlow contacts = new ContactFlow();
    private Terminal terminal;

    @BeforeEach
    void heartbeatAt1720() {
        contacts.terminals = terminals;
        terminal = InMemory.terminal();
        contacts.record(terminal, ContactKind.HEARTBEAT, advice(T0));
        terminals.contacts.clear();
    }

    private static TerminalRequest advice(Instant at) {
        return TerminalRequest.message("node-1-1", "node-1", at, Messages.sale(), null, false);
    }

    @Test
    void advicesBetweenHeartbeatsPreventTheGapAndWriteNoContactRows() {
        // 10000021: heartbeat 17:20:45, advices every ~50 s, next heartbeat 17:25:46.
        for (int seconds : new int[] {50, 100, 151, 201, 251}) {
            contacts.activity(terminal, advice(T0.plusSeconds(seconds)));
        }
        assertThat(terminals.contacts).isEmpty();

        contacts.record(terminal, ContactKind.HEARTBEAT, advice(T0.plusSeconds(301)));

        assertThat(terminals.gaps).isEmpty();
    }

    @Test
    void anAdviceAfterLongSilenceStoresTheGapItCloses() {
        Instant back = T0.plus(terminal.allowance()).plusSeconds(20);

        contacts.activity(terminal, advice(back));

        assertThat(terminals.gaps).singleElement().satisfies(gap -> {
            assertThat(gap.getStartedAt()).isEqualTo(T0);
            assertThat(gap.getEndedAt()).isEqualTo(back);
        });
        assertThat(terminals.contacts).isEmpty();
    }

    @Test
    void advicesSecondsApartLeaveTheTerminalRowUntouched() {
        contacts.activity(terminal, advice(T0.plusSeconds(1)));
        contacts.activity(terminal, advice(T0.plusSeconds(3)));

        assertThat(terminal.getLastContactAt()).contains(T0);
    }
}

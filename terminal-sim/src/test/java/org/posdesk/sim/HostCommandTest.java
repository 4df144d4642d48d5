package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostCommandTest {

    @Test
    void lastTransactionCommandIsAnsweredThenTheLastEntryIsAdvisedAgain(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 20)) {
            t.sale(100, null);
            t.sale(250, "LAST");
            String lastStan = t.journal().get(1).stan();
            server.commandAfter = "0820";
            server.commandCode = "362";

            assertThat(t.heartbeat()).isTrue();

            List<FakePosdesk.Seen> seen = server.seen;
            int at = indexOf(seen, "0820");
            FakePosdesk.Seen answer = seen.get(at + 1);
            assertThat(answer.mti()).isEqualTo("0810");
            assertThat(answer.stan()).isEqualTo("000077");
            assertThat(answer.field(60)).isEqualTo("00000001362");
            assertThat(answer.field(39)).isEqualTo("00");
            assertThat(answer.macOk()).isTrue();
            FakePosdesk.Seen advice = seen.get(at + 2);
            assertThat(advice.mti()).isEqualTo("0220");
            assertThat(advice.stan()).isEqualTo(lastStan);
            assertThat(advice.field(63)).isEqualTo("ORDLAST");
            assertThat(seen).hasSize(at + 3);
            // the repeat is a duplicate with the same content, so the ground truth stays consistent
            assertThat(Verifier.compare(sims.truthLines(), List.of()).doubled()).isZero();
        }
    }

    @Test
    void reuploadCommandSendsTheBatchAgainWithoutClosingIt(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 21)) {
            t.sale(100, null);
            t.sale(200, null);
            t.sale(300, null);
            List<String> stans = t.journal().stream().map(JournalEntry::stan).toList();
            server.commandAfter = "0820";
            server.commandCode = "361";
            server.commandBatch = "000001";

            assertThat(t.heartbeat()).isTrue();

            List<FakePosdesk.Seen> seen = server.seen;
            int at = indexOf(seen, "0820");
            assertThat(seen.get(at + 1).mti()).isEqualTo("0810");
            assertThat(seen.get(at + 1).field(39)).isEqualTo("00");
            List<FakePosdesk.Seen> after = seen.subList(at + 2, seen.size());
            assertThat(after).extracting(FakePosdesk.Seen::mti).containsOnly("0320");
            assertThat(after).hasSize(4);
            assertThat(after.subList(0, 3)).extracting(FakePosdesk.Seen::stan).containsExactlyElementsOf(stans);
            assertThat(after.get(3).field(48)).isEqualTo("0003");
            assertThat(t.batch()).isEqualTo("000001");
            assertThat(t.phase()).isEqualTo(TerminalState.Phase.OPEN);
        }
    }

    @Test
    void reuploadOfAnUnknownBatchIsAnsweredTwelve(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 22)) {
            server.commandAfter = "0820";
            server.commandCode = "361";
            server.commandBatch = "000042";

            t.heartbeat();

            assertThat(server.awaitMti("0810")).singleElement()
                    .satisfies(s -> assertThat(s.field(39)).isEqualTo("12"));
            assertThat(server.withMti("0320")).isEmpty();
        }
    }

    private static int indexOf(List<FakePosdesk.Seen> seen, String mti) {
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i).mti().equals(mti)) {
                return i;
            }
        }
        throw new AssertionError("no " + mti);
    }
}

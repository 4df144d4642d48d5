package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreAndForwardTest {

    @Test
    void adviceWhoseConnectionDroppedIsResentAfterReconnect(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 2)) {
            t.signOn();
            server.dropAt = 2;

            assertThat(t.sale(1234, null)).isEqualTo(Terminal.Outcome.DELIVERED);

            List<FakePosdesk.Seen> advices = server.withMti("0220");
            assertThat(advices).hasSize(2);
            assertThat(advices.get(1).stan()).isEqualTo(advices.get(0).stan());
            assertThat(advices.get(1).raw()).isEqualTo(advices.get(0).raw());
            assertThat(sims.truthLines()).singleElement().extracting(GroundTruth.Line::amount).isEqualTo(1234L);
            assertThat(t.queued()).isZero();
            assertThat(files(sims.state.resolve(Sims.TID).resolve("reversals"))).isEmpty();
        }
    }

    @Test
    void adviceWithoutAnAnswerTimesOutAndIsResent(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 3)) {
            server.ignoreOnce = s -> s.mti().equals("0220");

            assertThat(t.sale(500, null)).isEqualTo(Terminal.Outcome.DELIVERED);

            assertThat(server.withMti("0220")).hasSize(2);
            assertThat(sims.truthLines()).hasSize(1);
        }
    }

    @Test
    void queuedAdviceSurvivesARestartAndItsReversalWasSavedFirst(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk()) {
            server.refusing = true;
            String stan;
            try (Terminal t = sims.terminal(server, 2, 4)) {
                assertThat(t.sale(777, "R-1")).isEqualTo(Terminal.Outcome.QUEUED);
                stan = t.journal().get(0).stan();
                assertThat(t.queued()).isEqualTo(1);
            }
            Path dir = sims.state.resolve(Sims.TID);
            assertThat(files(dir.resolve("queue"))).hasSize(1);
            assertThat(files(dir.resolve("reversals"))).hasSize(1);
            assertThat(server.withMti("0220")).isEmpty();

            server.refusing = false;
            try (Terminal restarted = sims.terminal(server, 0, 5)) {
                assertThat(restarted.queued()).isEqualTo(1);
                assertThat(restarted.drain()).isTrue();
                assertThat(server.withMti("0220")).singleElement()
                        .satisfies(s -> assertThat(s.stan()).isEqualTo(stan))
                        .satisfies(s -> assertThat(s.field(63)).isEqualTo("ORDR-1"));
                assertThat(restarted.sale(100, null)).isEqualTo(Terminal.Outcome.DELIVERED);
                assertThat(restarted.journal()).hasSize(2);
                assertThat(restarted.journal().get(1).stan()).isGreaterThan(stan);
            }
            assertThat(files(dir.resolve("queue"))).isEmpty();
            assertThat(files(dir.resolve("reversals"))).isEmpty();
            assertThat(sims.truthLines()).extracting(GroundTruth.Line::amount).containsExactly(777L, 100L);
        }
    }

    @Test
    void adviceThatIsNeverAnsweredIsReversedWhenAttemptsAreLimited(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk();
             Terminal t = new Terminal(sims.config(server, 0).withAdviceAttempts(2), sims.truth,
                     new java.util.Random(6), sims.report)) {
            server.ignoreAlways = s -> s.mti().equals("0220");

            t.sale(900, null);

            assertThat(server.withMti("0220")).hasSize(2);
            FakePosdesk.Seen reversal = server.withMti("0400").get(0);
            String stan = t.journal().get(0).stan();
            assertThat(reversal.stan()).isEqualTo(stan);
            assertThat(reversal.field(39)).isEqualTo("98");
            assertThat(reversal.field(61)).isEqualTo("000001" + stan);
            assertThat(reversal.macOk()).isTrue();
            assertThat(t.isCancelled(stan)).isTrue();
            assertThat(sims.truthLines()).isEmpty();
        }
    }

    private static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList();
        }
    }
}

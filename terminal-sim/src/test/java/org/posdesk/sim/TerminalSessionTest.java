package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalSessionTest {

    @Test
    void balancedDayClosesTheBatchAndTheGroundTruthHoldsEverySaleButNoCardNumber(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 1)) {
            assertThat(t.signOn()).isTrue();
            for (int i = 1; i <= 6; i++) {
                assertThat(t.sale(1000L * i, i == 1 ? "A-1" : null)).isEqualTo(Terminal.Outcome.DELIVERED);
            }
            List<JournalEntry> sales = List.copyOf(t.journal());
            assertThat(t.voidSale(sales.get(1).stan())).isEqualTo(Terminal.Outcome.DELIVERED);
            assertThat(t.refund(sales.get(2).stan(), 500)).isEqualTo(Terminal.Outcome.DELIVERED);
            List<String> stans = t.journal().stream().map(JournalEntry::stan).toList();

            assertThat(t.settle()).isTrue();

            assertThat(t.batch()).isEqualTo("000002");
            assertThat(t.journal()).isEmpty();
            assertThat(t.phase()).isEqualTo(TerminalState.Phase.OPEN);
            assertThat(t.queued()).isZero();
            assertThat(sims.printed.toString()).contains("10000001 batch 000001 settled (balanced)");

            FakePosdesk.Seen signOn = server.seen.get(0);
            assertThat(signOn.mti()).isEqualTo("0800");
            assertThat(signOn.field(60)).isEqualTo("00000001001");
            assertThat(signOn.message().has(64)).isFalse();
            List<FakePosdesk.Seen> advices = server.withMti("0220");
            assertThat(advices).hasSize(8).allMatch(FakePosdesk.Seen::macOk);
            assertThat(advices.get(0).field(63)).isEqualTo("ORDA-1");
            assertThat(advices.get(6).field(60)).isEqualTo("23000001000");
            assertThat(advices.get(6).field(61)).isEqualTo("000001" + sales.get(1).stan());
            assertThat(advices.get(7).field(3)).isEqualTo("200000");
            assertThat(server.withMti("0500")).singleElement().matches(FakePosdesk.Seen::macOk);

            List<GroundTruth.Line> truth = sims.truthLines();
            assertThat(truth).extracting(GroundTruth.Line::stan).containsExactlyElementsOf(stans);
            assertThat(truth).extracting(GroundTruth.Line::type)
                    .containsExactly("SALE", "SALE", "SALE", "SALE", "SALE", "SALE", "VOID", "REFUND");
            assertThat(truth.get(0).amount()).isEqualTo(1000);

            List<String> pans = sims.pans("000001");
            assertThat(pans).hasSize(8).allMatch(TestCards::luhnValid);
            for (String pan : pans) {
                // the scan would find it: the full number did travel on the wire
                assertThat(advices.stream().anyMatch(a -> Sims.contains(a.raw(), Sims.bcd(pan)))).isTrue();
                assertThat(sims.filesHolding(pan)).as("files holding a full card number").isEmpty();
            }
        }
    }
}

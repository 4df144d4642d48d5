package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchUploadTest {

    @Test
    void unbalancedSettlementUploadsEveryJournalEntryThenEndsAndCloses(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        try (FakePosdesk server = new FakePosdesk(); Terminal t = sims.terminal(server, 0, 10)) {
            server.settlementDigit = '2';
            t.sale(100, null);
            t.saleWithLostAdvice(200);
            t.sale(300, null);
            t.voidSale(t.journal().get(2).stan());
            List<String> stans = t.journal().stream().map(JournalEntry::stan).toList();

            assertThat(t.settle()).isTrue();

            List<FakePosdesk.Seen> uploads = server.withMti("0320");
            assertThat(uploads).hasSize(5).allMatch(FakePosdesk.Seen::macOk);
            List<FakePosdesk.Seen> records = uploads.subList(0, 4);
            assertThat(records).extracting(FakePosdesk.Seen::stan).containsExactlyElementsOf(stans);
            assertThat(records).allMatch(s -> s.field(60).endsWith("000001201") && !s.message().has(48)
                    && s.message().card().isPresent() && s.message().has(37) && s.message().has(38));
            FakePosdesk.Seen end = uploads.get(4);
            assertThat(end.field(48)).isEqualTo("0004");
            assertThat(end.field(60)).isEqualTo("00000001202");
            assertThat(t.batch()).isEqualTo("000002");
            assertThat(sims.printed.toString()).contains("batch 000001 settled (uploaded)");
            assertThat(sims.truthLines()).filteredOn(l -> l.origin().equals("BATCH_UPLOAD")).hasSize(4);
            // the lost advice reached posdesk only by upload
            assertThat(sims.truthLines()).filteredOn(l -> l.stan().equals(stans.get(1)))
                    .extracting(GroundTruth.Line::origin).containsExactly("BATCH_UPLOAD");
        }
    }

    @Test
    void interruptedUploadRefusesSalesAndResumesAtTheFirstUnacknowledgedRecord(@TempDir Path tmp) throws Exception {
        Sims sims = new Sims(tmp);
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger(Terminal.class.getName()).addHandler(capture);
        try (FakePosdesk server = new FakePosdesk()) {
            server.settlementDigit = '2';
            List<String> stans;
            try (Terminal t = sims.terminal(server, 2, 11)) {
                t.signOn();                       // message 1
                t.sale(100, null);                // 2
                t.sale(200, null);                // 3
                t.sale(300, null);                // 4
                stans = t.journal().stream().map(JournalEntry::stan).toList();
                server.dropAt = 7;                // 0500 is 5, first 0320 6, the second 0320 is cut
                server.refuseAfterDrop = true;

                assertThat(t.settle()).isFalse();
                assertThat(t.phase()).isEqualTo(TerminalState.Phase.UPLOADING);
                assertThat(t.sale(400, null)).isEqualTo(Terminal.Outcome.REFUSED);
                assertThat(t.journal()).hasSize(3);
            }
            assertThat(logged).anyMatch(m -> m.contains("批上送未完成"));

            server.refusing = false;
            try (Terminal restarted = sims.terminal(server, 0, 12)) {
                assertThat(restarted.phase()).isEqualTo(TerminalState.Phase.UPLOADING);
                assertThat(restarted.settle()).isTrue();
                assertThat(restarted.batch()).isEqualTo("000002");
                assertThat(restarted.sale(400, null)).isEqualTo(Terminal.Outcome.DELIVERED);
            }
            List<FakePosdesk.Seen> uploads = server.withMti("0320");
            assertThat(uploads).extracting(FakePosdesk.Seen::stan).startsWith(
                    stans.get(0), stans.get(1), stans.get(1), stans.get(2));
            assertThat(uploads).hasSize(5);
            assertThat(uploads.get(4).field(48)).isEqualTo("0003");
        } finally {
            Logger.getLogger(Terminal.class.getName()).removeHandler(capture);
        }
    }
}

package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncompleteUploadTest {

    @Test
    void theUploadIsOneRecordShortOfItsCountAndTheBatchClosesAtTheFirstBatchAsked(@TempDir Path tmp)
            throws Exception {
        try (FakePosdesk server = new FakePosdesk()) {
            server.settlementDigit = '2';
            int exit = Main.run(List.of("run", "--scenario", "incomplete-upload", "--fleet", "demo", "--terminals", "1",
                    "--sales", "4", "--pause-ms", "0", "--first-batch", "7", "--port", Integer.toString(server.port()),
                    "--state", tmp.resolve("state").toString(), "--ground-truth", tmp.resolve("truth.csv").toString(),
                    "--timeout", "2s", "--log-level", "WARNING"));

            assertThat(exit).isZero();
            assertThat(server.withMti("0220")).hasSize(3)
                    .allSatisfy(s -> assertThat(s.field(60)).startsWith("22000007"));
            List<FakePosdesk.Seen> uploads = server.withMti("0320");
            assertThat(uploads).hasSize(4);
            assertThat(uploads.get(3).field(48)).isEqualTo("0004");
            assertThat(Files.readString(tmp.resolve("state").resolve(Sims.TID).resolve("terminal.properties")))
                    .contains("batch=8");
            assertThat(Journal.exists(tmp.resolve("state").resolve(Sims.TID), "000007")).isTrue();
        }
    }
}

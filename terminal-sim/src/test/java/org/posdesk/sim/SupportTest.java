package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupportTest {

    @Test
    void testCardsAreLuhnValidWithTheirBin() {
        Random random = new Random(1);
        for (int i = 0; i < 200; i++) {
            String pan = TestCards.next(random);
            assertThat(pan).hasSize(16).matches("(622202|411111|550000)\\d{10}");
            assertThat(TestCards.luhnValid(pan)).isTrue();
        }
        assertThat(TestCards.luhnValid("4111111111111111")).isTrue();
        assertThat(TestCards.luhnValid("4111111111111112")).isFalse();
    }

    @Test
    void tidsArePrefixPlusPaddedNumberAndTheDemoFleetKnowsTheirMerchants() {
        assertThat(Fleet.tid("1", 1)).isEqualTo("10000001");
        assertThat(Fleet.tid("9", 200)).isEqualTo("90000200");
        Fleet demo = Fleet.demo();
        assertThat(demo.midFor("10000014")).isEqualTo("898310058120001");
        assertThat(demo.midFor("10000015")).isEqualTo("898310058120002");
        assertThat(demo.midFor("10000040")).isEqualTo("898310058120003");
        assertThatThrownBy(() -> demo.midFor("10000041")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void midsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mids.txt");
        Files.writeString(file, "# fleet\n20000001 898310058129999\n");
        assertThat(Fleet.fromFile(file).midFor("20000001")).isEqualTo("898310058129999");
    }

    @Test
    void optionsAndDurations() {
        Options o = Options.parse(List.of("run", "--scenario", "load", "--terminals=200", "--duration", "60s", "--live"));
        assertThat(o.command()).isEqualTo("run");
        assertThat(o.integer("terminals", 1)).isEqualTo(200);
        assertThat(o.seconds("duration", 0)).isEqualTo(60.0);
        assertThat(o.flag("live")).isTrue();
        assertThat(Options.toSeconds("1500ms")).isEqualTo(1.5);
    }

    @Test
    void latencyPercentilesByNearestRank() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 100; i >= 1; i--) {
            recorder.record(i * 1_000_000L);
        }
        assertThat(recorder.percentileMillis(50)).isEqualTo(50.0);
        assertThat(recorder.percentileMillis(99)).isEqualTo(99.0);
    }

    @Test
    void sealedCardNumbersOpenOnlyForTheirTerminal() {
        String sealed = new PanVault("10000001").seal("6222021234567890");
        assertThat(sealed).doesNotContain("6222021234567890");
        assertThat(new PanVault("10000001").open(sealed)).isEqualTo("6222021234567890");
        assertThatThrownBy(() -> new PanVault("10000002").open(sealed)).isInstanceOf(IllegalStateException.class);
    }
}

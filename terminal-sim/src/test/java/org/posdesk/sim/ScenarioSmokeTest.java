package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioSmokeTest {

    @Test
    void normalDayAndOutagesRunAgainstTheFakeServer(@TempDir Path tmp) throws Exception {
        try (FakePosdesk server = new FakePosdesk()) {
            for (String scenario : List.of("normal-day", "outages")) {
                Path truth = tmp.resolve(scenario + ".csv");
                int exit = Main.run(List.of("run", "--scenario", scenario, "--fleet", "demo", "--terminals", "3",
                        "--sales", "9", "--pause-ms", "0", "--port", Integer.toString(server.port()),
                        "--state", tmp.resolve(scenario).toString(), "--ground-truth", truth.toString(),
                        "--timeout", "2s", "--log-level", "WARNING"));

                assertThat(exit).as(scenario).isZero();
                assertThat(GroundTruth.read(truth)).hasSizeGreaterThanOrEqualTo(3 * 9 - 2);
            }
            assertThat(server.seen).allMatch(s -> s.macOk() || s.mti().equals("0800") || s.mti().equals("0820"));
            assertThat(server.withMti("0500")).hasSize(6);
        }
    }

    @Test
    void loadPrintsThroughputAndLatency(@TempDir Path tmp) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        try (FakePosdesk server = new FakePosdesk()) {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            int exit = Main.run(List.of("run", "--scenario", "load", "--terminals", "5", "--tid-prefix", "7",
                    "--mid", "898310058129999", "--duration", "1s", "--port", Integer.toString(server.port()),
                    "--state", tmp.toString(), "--log-level", "WARNING"));
            assertThat(exit).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .containsPattern("load: 5 terminals, [1-9]\\d* acknowledged in .* msg/s, p50 .* ms, p99 .* ms");
    }
}

package org.posdesk.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerifierTest {

    private static GroundTruth.Line line(String stan, long amount, String origin) {
        return new GroundTruth.Line("10000001", "000001", stan, "SALE", amount, "622202", "1234", "000000000001",
                "654321", "2025-03-14T10:00", origin);
    }

    private static Verifier.StoredRow row(String stan, long amount) {
        return new Verifier.StoredRow("10000001", 1, stan, amount, "62220200", "1234", "000000000001", "654321", "SALE");
    }

    @Test
    void everythingStoredOnceIsClean() {
        Verifier.Result result = Verifier.compare(
                List.of(line("000001", 100, "ONLINE"), line("000001", 100, "BATCH_UPLOAD"), line("000002", 200, "ONLINE")),
                List.of(row("000001", 100), row("000002", 200), row("000003", 999)));
        assertThat(result).isEqualTo(new Verifier.Result(0, 0, 0, 2));
        assertThat(result.clean()).isTrue();
        assertThat(result.toString()).isEqualTo("lost=0 doubled=0 mismatched=0 checked=2");
    }

    @Test
    void missingRowIsLostDifferentAmountIsMismatchedDifferentRepeatIsDoubled() {
        Verifier.Result result = Verifier.compare(
                List.of(line("000001", 100, "ONLINE"), line("000002", 200, "ONLINE"),
                        line("000003", 300, "ONLINE"), line("000003", 301, "BATCH_UPLOAD")),
                List.of(row("000002", 250), row("000003", 300)));
        assertThat(result).isEqualTo(new Verifier.Result(1, 1, 1, 3));
        assertThat(result.clean()).isFalse();
    }
}

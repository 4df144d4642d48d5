package org.posdesk.sim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Test helpers: a terminal against the fake server, and the search for card numbers on disk. */
final class Sims {

    static final String TID = "10000001";
    static final String MID = "898310058120001";

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream report = new PrintStream(printed, true, StandardCharsets.UTF_8);
    final Path state;
    final Path truthFile;
    final GroundTruth truth;

    Sims(Path tmp) {
        state = tmp.resolve("state");
        truthFile = tmp.resolve("truth.csv");
        truth = GroundTruth.appendingTo(truthFile);
    }

    TerminalConfig config(FakePosdesk server, int maxFailures) {
        return TerminalConfig.of(TID, MID, "127.0.0.1", server.port(), state)
                .withTimeouts(Duration.ofMillis(400), Duration.ofMillis(10), Duration.ofMillis(50))
                .withMaxFailures(maxFailures);
    }

    Terminal terminal(FakePosdesk server, int maxFailures, long seed) {
        return new Terminal(config(server, maxFailures), truth, new Random(seed), report);
    }

    List<GroundTruth.Line> truthLines() {
        return GroundTruth.read(truthFile);
    }

    /** The card numbers of a batch's journal, opened from the vault. */
    List<String> pans(String batch) {
        PanVault vault = new PanVault(TID);
        return Journal.open(state.resolve(TID), batch).entries().stream().map(e -> vault.open(e.sealedPan())).toList();
    }

    /** Files under the state directory and the ground truth that hold {@code pan} in ASCII or BCD. */
    List<Path> filesHolding(String pan) throws IOException {
        List<Path> hits = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(state)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        files.add(truthFile);
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            if (contains(content, pan.getBytes(StandardCharsets.US_ASCII)) || contains(content, bcd(pan))) {
                hits.add(file);
            }
        }
        return hits;
    }

    static byte[] bcd(String digits) {
        String even = digits.length() % 2 == 0 ? digits : digits + "0";
        return HexFormat.of().parseHex(even);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

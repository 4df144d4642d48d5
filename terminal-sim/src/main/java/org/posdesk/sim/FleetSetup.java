package org.posdesk.sim;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The terminals of a run, built from the command line. */
final class FleetSetup {

    final List<TerminalConfig> configs;
    final GroundTruth truth;
    final long seed;
    final int sales;
    final Duration pause;
    /** Load runs only: time a terminal waits after each acknowledged sale (0: back to back). */
    final Duration think;
    final PrintStream report;

    private FleetSetup(List<TerminalConfig> configs, GroundTruth truth, long seed, int sales, Duration pause, Duration think,
                       PrintStream report) {
        this.configs = configs;
        this.truth = truth;
        this.seed = seed;
        this.sales = sales;
        this.pause = pause;
        this.think = think;
        this.report = report;
    }

    static FleetSetup from(Options o, PrintStream report) {
        boolean demo = o.get("fleet").map("demo"::equals).orElse(false);
        Fleet fleet = o.get("mid").map(Fleet::single)
                .or(() -> o.get("mids").or(() -> o.get("mid-for-tid-file")).map(f -> Fleet.fromFile(Path.of(f))))
                .orElseGet(Fleet::demo);
        int terminals = o.integer("terminals", demo ? 40 : 3);
        String prefix = o.get("tid-prefix", "1");
        String host = o.get("host", "127.0.0.1");
        int port = o.integer("port", 9700);
        Path state = Path.of(o.get("state", "sim-state"));
        Duration timeout = Duration.ofMillis((long) (o.seconds("timeout", 10) * 1000));
        Duration heartbeat = Duration.ofMillis((long) (o.seconds("heartbeat", 60) * 1000));
        int maxFailures = o.integer("max-failures", 0);
        int adviceAttempts = o.integer("advice-attempts", 0);
        // --days-ago N: the fleet's clocks run N days behind, so a demo can hold more than today.
        java.time.Clock clock = java.time.Clock.offset(java.time.Clock.systemUTC(),
                Duration.ofDays(-o.integer("days-ago", 0)));
        List<TerminalConfig> configs = new ArrayList<>();
        // --first-terminal N: numbering starts at N, so a run can take a slice of a fleet.
        int first = o.integer("first-terminal", 1);
        for (int i = first; i < first + terminals; i++) {
            String tid = Fleet.tid(prefix, i);
            configs.add(TerminalConfig.of(tid, fleet.midFor(tid), host, port, state)
                    .withTimeouts(timeout, Duration.ofMillis(200), Duration.ofSeconds(5))
                    .withHeartbeat(heartbeat).withMaxFailures(maxFailures).withAdviceAttempts(adviceAttempts)
                    .withClock(clock));
        }
        // A terminal without saved state starts at this batch (a fleet new to the simulator but not to posdesk).
        int firstBatch = o.integer("first-batch", 1);
        if (firstBatch != 1) {
            configs.forEach(c -> startAt(c, firstBatch));
        }
        GroundTruth truth = o.get("ground-truth").map(f -> GroundTruth.appendingTo(Path.of(f)))
                .orElseGet(GroundTruth::none);
        return new FleetSetup(configs, truth, o.number("seed", 42), o.integer("sales", 20),
                Duration.ofMillis(o.integer("pause-ms", 50)), Duration.ofMillis(o.integer("think-ms", 0)), report);
    }

    private static void startAt(TerminalConfig config, int batch) {
        if (batch < 1 || batch > 999_999) {
            throw new IllegalArgumentException("--first-batch must be 1 to 999999, not " + batch);
        }
        Path file = config.stateRoot().resolve(config.tid()).resolve("terminal.properties");
        if (Files.exists(file)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new TerminalState(file).setBatch(batch);
    }

    Terminal terminal(int index) {
        return new Terminal(configs.get(index), truth, random(index), report);
    }

    /** Deterministic per terminal and run seed; a restarted terminal continues with fresh draws. */
    Random random(int index) {
        return new Random(seed * 1_000_003L + index);
    }
}

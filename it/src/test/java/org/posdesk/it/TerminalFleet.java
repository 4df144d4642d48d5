package org.posdesk.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The terminal simulator as separate processes, the way terminals are: its own JVM, real TCP to the
 * adapter, and one state directory and ground truth shared by its runs, the way a terminal keeps
 * its journal and queue across power cycles — a scenario run to its end, the same terminals started
 * again (live) and stopped. {@code verify} compares the ground truth with the journal.
 */
public final class TerminalFleet {

    private final Path jar = Path.of(System.getProperty("posdesk.sim.jar", "../terminal-sim/target/terminal-sim.jar"));
    private final Path work;
    private int runs;

    public TerminalFleet(String name) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Build the simulator first (./mvnw -B package -pl terminal-sim -am -DskipTests): "
                    + jar.toAbsolutePath());
        }
        work = Path.of(System.getProperty("posdesk.it.reports", "target/it-reports"), "sim-" + name);
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    public Path groundTruth() {
        return work.resolve("ground-truth.csv");
    }

    /** Runs a scenario to its end. */
    public Result run(String... args) throws IOException, InterruptedException {
        Path log = nextLog("run");
        Process process = process(runArgs(args), log).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("simulator did not finish in 300 s: " + List.of(args));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Starts the terminals and leaves them running (e.g. {@code --live}); see {@link Running#stop}. */
    public Running start(String... args) throws IOException {
        Path log = nextLog("live");
        return new Running(process(runArgs(args), log).start(), log);
    }

    public Result verify() throws IOException, InterruptedException {
        Path log = nextLog("verify");
        Process process = process(List.of("verify", "--ground-truth", groundTruth().toString(),
                "--db-url", System.getProperty("posdesk.db.url"), "--db-user", System.getProperty("posdesk.db.user"),
                "--db-password", System.getProperty("posdesk.db.password")), log).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new IllegalStateException("verify did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** How many times each {@code tid/batch/stan} was acknowledged to the fleet, from the ground truth. */
    public Map<String, Integer> deliveries(String tid) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        if (!Files.exists(groundTruth())) {
            return counts;
        }
        for (String line : Files.readAllLines(groundTruth(), StandardCharsets.UTF_8)) {
            String[] p = line.split(",", -1);
            if (p.length > 3 && p[0].equals(tid)) {
                counts.merge(p[0] + "/" + p[1] + "/" + p[2], 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<String> runArgs(String... args) {
        List<String> command = new ArrayList<>(List.of("run", "--host", "127.0.0.1",
                "--port", System.getProperty("posdesk.terminal.port"),
                "--state", work.resolve("state").toString(), "--ground-truth", groundTruth().toString()));
        command.addAll(List.of(args));
        return command;
    }

    private Path nextLog(String what) {
        return work.resolve("%02d-%s.log".formatted(++runs, what));
    }

    private ProcessBuilder process(List<String> args, Path log) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    public record Result(int exitCode, String output) {
    }

    /** A simulator process left running. */
    public static final class Running {

        private final Process process;
        private final Path log;

        private Running(Process process, Path log) {
            this.process = process;
            this.log = log;
        }

        public String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** SIGTERM, then SIGKILL if it lingers; never leaves the process behind. */
        public void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}

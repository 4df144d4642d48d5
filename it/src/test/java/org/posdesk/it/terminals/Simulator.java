package org.posdesk.it.terminals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The terminal simulator as a separate process, the way terminals are: its own JVM, real TCP to
 * the adapter, its own store-and-forward state on disk, and a ground truth of what it considers
 * delivered, which {@code verify} then compares with the journal.
 */
final class Simulator {

    private final Path jar = Path.of(System.getProperty("posdesk.sim.jar", "../terminal-sim/target/terminal-sim.jar"));
    private final Path work;

    Simulator(String name) throws IOException {
        work = Path.of(System.getProperty("posdesk.it.reports", "target/it-reports"), "sim-" + name);
        if (Files.exists(work)) {
            try (var files = Files.walk(work)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
    }

    Path groundTruth() {
        return work.resolve("ground-truth.csv");
    }


    /** Runs a scenario to its end; returns the process's output (stdout and stderr). */
    Result run(String... scenarioArgs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("run", "--host", "127.0.0.1",
                "--port", System.getProperty("posdesk.terminal.port"),
                "--state", work.resolve("state").toString(), "--ground-truth", groundTruth().toString()));
        command.addAll(List.of(scenarioArgs));
        return java(command, 300);
    }

    Process start(String... scenarioArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of("run", "--host", "127.0.0.1",
                "--port", System.getProperty("posdesk.terminal.port"),
                "--state", work.resolve("state").toString(), "--ground-truth", groundTruth().toString()));
        command.addAll(List.of(scenarioArgs));
        return process(command).start();
    }

    Result verify() throws IOException, InterruptedException {
        return java(List.of("verify", "--ground-truth", groundTruth().toString(),
                "--db-url", System.getProperty("posdesk.db.url"), "--db-user", System.getProperty("posdesk.db.user"),
                "--db-password", System.getProperty("posdesk.db.password")), 120);
    }

    private Result java(List<String> args, int timeoutSeconds) throws IOException, InterruptedException {
        Process process = process(args).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("simulator did not finish in " + timeoutSeconds + " s: " + args);
        }
        String output = Files.readString(work.resolve("output.log"));
        return new Result(process.exitValue(), output);
    }

    private ProcessBuilder process(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("output.log").toFile());
    }

    record Result(int exitCode, String output) {
    }
}

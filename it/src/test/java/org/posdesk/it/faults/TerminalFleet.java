package org.posdesk.it.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The terminal simulator as a background process while a test breaks things around it.
 * <p>
 * Its store-and-forward state ({@code state/}: batch, STAN, queue, journal per terminal) is kept
 * from one test run to the next, as a real terminal keeps it: the database keeps what earlier runs
 * stored, and a terminal starting again at batch 1, STAN 1 would send records that differ from the
 * stored ones under the same (TID, batch, STAN) and be refused ({@code 12}). Should the state be
 * gone while the database is not, {@link #continueAfter} starts each terminal at a batch the
 * database has never seen. The ground truth and the output are per run, so {@code verify} checks
 * what this run delivered.
 */
final class TerminalFleet implements AutoCloseable {

    private final Path work;
    private final int port;
    private Process process;

    TerminalFleet(String name, int port) throws IOException {
        this.work = ItPaths.reports().resolve("faults-" + name);
        this.port = port;
        Files.createDirectories(work.resolve("state"));
        Files.deleteIfExists(groundTruth());
        Files.deleteIfExists(output());
    }

    Path groundTruth() {
        return work.resolve("ground-truth.csv");
    }

    Path output() {
        return work.resolve("output.log");
    }

    /**
     * For each terminal without simulator state, writes one that opens the batch after the highest
     * the database knows for it (the simulator's {@code terminal.properties}: batch, STAN, phase).
     */
    void continueAfter(Connection c, List<String> tids) throws SQLException, IOException {
        for (String tid : tids) {
            Path file = work.resolve("state").resolve(tid).resolve("terminal.properties");
            if (Files.exists(file)) {
                continue;
            }
            int highest = 0;
            try (PreparedStatement s = c.prepareStatement("select greatest("
                    + "coalesce((select max(b.batch_number) from batch b join terminal t on t.id = b.terminal_id"
                    + " where t.tid = ?), 0),"
                    + "coalesce((select max(batch_number) from card_transaction where tid = ?), 0))")) {
                s.setString(1, tid);
                s.setString(2, tid);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    highest = r.getInt(1);
                }
            }
            if (highest > 0) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, "batch=" + (highest + 1) + "\nstan=0\nphase=OPEN\n");
            }
        }
    }

    void start(String... scenarioArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--state", work.resolve("state").toString(), "--ground-truth", groundTruth().toString()));
        args.addAll(List.of(scenarioArgs));
        process = java(args).redirectOutput(output().toFile()).start();
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The run's exit code once it ends on its own; fails the test if it does not in time. */
    int awaitEnd(Duration limit) throws InterruptedException, IOException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the simulator did not finish within " + limit.toSeconds() + " s; its output:\n"
                    + tail(output(), 60));
        }
        return process.exitValue();
    }

    /** Records acknowledged so far in this run. */
    long delivered() throws IOException {
        if (!Files.exists(groundTruth())) {
            return 0;
        }
        try (var lines = Files.lines(groundTruth())) {
            return Math.max(0, lines.filter(l -> !l.isBlank()).count() - 1);
        }
    }

    /** Waits until this run has at least {@code records} acknowledged; fails if the simulator stops first. */
    void awaitDelivered(long records, Duration limit) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (delivered() < records) {
            if (!isRunning()) {
                throw new AssertionError("the simulator ended (exit " + process.exitValue() + ") after "
                        + delivered() + " records, before " + records + ":\n" + tail(output(), 60));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + delivered() + " of " + records + " records acknowledged within "
                        + limit.toSeconds() + " s:\n" + tail(output(), 60));
            }
            Thread.sleep(100);
        }
    }

    String log() throws IOException {
        return Files.exists(output()) ? Files.readString(output()) : "";
    }

    Command.Result verify() throws IOException, InterruptedException {
        Path log = work.resolve("verify.log");
        Process verify = java(List.of("verify", "--ground-truth", groundTruth().toString(),
                "--db-url", ItPaths.required("posdesk.db.url"), "--db-user", ItPaths.required("posdesk.db.user"),
                "--db-password", System.getProperty("posdesk.db.password", "")))
                .redirectOutput(log.toFile()).start();
        if (!verify.waitFor(120, TimeUnit.SECONDS)) {
            verify.destroyForcibly();
            throw new AssertionError("verify did not finish in 120 s");
        }
        return new Command.Result(verify.exitValue(), Files.readString(log));
    }

    /** Kills the simulator if it still runs (a failed test must leave nothing behind). */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private ProcessBuilder java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                ItPaths.simulatorJar().toString()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static String tail(Path file, int lines) throws IOException {
        if (!Files.exists(file)) {
            return "(no " + file + ")";
        }
        List<String> all = Files.readAllLines(file);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}

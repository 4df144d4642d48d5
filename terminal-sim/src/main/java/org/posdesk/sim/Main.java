package org.posdesk.sim;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code run --scenario normal-day|outages|incomplete-upload|load} (or {@code --live}) and {@code verify}. */
public final class Main {

    private static final String USAGE = """
            usage:
              run --scenario normal-day|outages|incomplete-upload|load [--live]
                  [--fleet demo | --mid MID | --mid-for-tid-file FILE]
                  [--terminals N] [--tid-prefix P] [--first-batch 1] [--sales M] [--seed S] [--host H] [--port 9700]
                  [--state DIR] [--ground-truth FILE] [--heartbeat SECONDS] [--duration 60s] [--timeout 10s]
                  [--pause-ms 50] [--max-failures 0] [--advice-attempts 0] [--log-level INFO]
              verify --ground-truth FILE --db-url jdbc:mariadb://... --db-user U --db-password P
            """;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(Arrays.asList(args)));
    }

    static int run(List<String> args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            return 2;
        }
        configureLogging(Level.parse(options.get("log-level", "INFO")));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            return switch (options.command()) {
                case "run" -> runScenario(options, out);
                case "verify" -> verify(options, out);
                default -> {
                    System.err.print(USAGE);
                    yield options.command().equals("help") ? 0 : 2;
                }
            };
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    private static int runScenario(Options options, PrintStream out) {
        FleetSetup fleet = FleetSetup.from(options, out);
        if (options.flag("live")) {
            return Scenarios.live(fleet);
        }
        String scenario = options.get("scenario", "normal-day");
        return switch (scenario) {
            case "normal-day" -> Scenarios.normalDay(fleet);
            case "outages" -> Scenarios.outages(fleet);
            case "incomplete-upload" -> Scenarios.incompleteUpload(fleet);
            case "load" -> Scenarios.load(fleet, Duration.ofMillis((long) (options.seconds("duration", 60) * 1000)));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        } == 0 ? 0 : 1;
    }

    private static int verify(Options options, PrintStream out) {
        Path file = Path.of(options.get("ground-truth").orElseThrow(
                () -> new IllegalArgumentException("verify needs --ground-truth FILE")));
        List<GroundTruth.Line> truth = GroundTruth.read(file);
        TreeSet<String> tids = new TreeSet<>();
        truth.forEach(line -> tids.add(line.tid()));
        try {
            List<Verifier.StoredRow> rows = Verifier.load(
                    options.get("db-url", "jdbc:mariadb://127.0.0.1:3306/posdesk"), options.get("db-user", "posdesk"),
                    options.get("db-password", ""), tids);
            Verifier.Result result = Verifier.compare(truth, rows);
            out.println(result);
            return result.clean() ? 0 : 1;
        } catch (java.sql.SQLException e) {
            System.err.println("database: " + e.getMessage());
            return 3;
        }
    }

    private static void configureLogging(Level level) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setFormatter(new OneLineFormatter());
        stderr.setLevel(level);
        try {
            stderr.setEncoding(StandardCharsets.UTF_8.name());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        root.addHandler(stderr);
        root.setLevel(level);
    }
}

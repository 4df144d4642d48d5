package org.posdesk.it.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The private MariaDB the ITs run on ({@code bin/mariadb-private} in {@code it/target/mariadb}),
 * which a test may stop and start again on the same port and with the same databases.
 */
final class PrivateDatabase {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    private final Path dir;
    private final String database;
    private final Path logs;

    private PrivateDatabase(Path dir, String database, Path logs) {
        this.dir = dir;
        this.database = database;
        this.logs = logs;
    }

    /** Null when the tests run on someone else's database (POSDESK_DB_URL), which is not ours to stop. */
    static PrivateDatabase ofTests(Path logs) {
        if (Boolean.parseBoolean(System.getProperty("posdesk.db.external", "false"))
                || System.getProperty("posdesk.db.dir", "").isBlank()) {
            return null;
        }
        String url = ItPaths.required("posdesk.db.url");
        String path = url.substring(url.indexOf("//") + 2);
        String database = path.substring(path.indexOf('/') + 1).split("[?;]")[0];
        return new PrivateDatabase(Path.of(System.getProperty("posdesk.db.dir")), database, logs);
    }

    int port() throws IOException {
        return Integer.parseInt(Files.readString(dir.resolve("port")).trim());
    }

    void stop() throws IOException, InterruptedException {
        Command.checked(LIMIT, env(), logs.resolve("mariadb-stop.log"),
                ItPaths.script("mariadb-private").toString(), "stop", "--dir", dir.toString());
    }

    /** Starts it on the port it had, with the test database and its scratch twin (as it/pom.xml does). */
    void start() throws IOException, InterruptedException {
        Command.checked(LIMIT, env(), logs.resolve("mariadb-start.log"),
                ItPaths.script("mariadb-private").toString(), "start", "--dir", dir.toString(),
                "--port", Integer.toString(port()), "--database", database, "--database", database + "_scratch");
    }

    boolean isRunning() throws IOException, InterruptedException {
        return Command.run(LIMIT, env(), logs.resolve("mariadb-status.log"),
                ItPaths.script("mariadb-private").toString(), "status", "--dir", dir.toString()).exitCode() == 0;
    }

    private static Map<String, String> env() {
        // The account it (re)creates at start must stay the one the server and the tests use.
        return Map.of("POSDESK_DB_USER", ItPaths.required("posdesk.db.user"),
                "POSDESK_DB_PASSWORD", System.getProperty("posdesk.db.password", ""));
    }

    @Override
    public String toString() {
        return dir + " (" + database + ")";
    }
}

package org.posdesk.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs MariaDB's own client tools ({@code mariadb-dump}, {@code mariadb}) as child processes.
 * The password never appears on a command line (anyone can read those in ps): each run writes the
 * account to a temporary option file readable by this user only and names it with
 * {@code --defaults-extra-file}, which must be the first option.
 */
public final class MariaDbTools {

    private static final int BUFFER = 1 << 16;
    private static final int STDERR_SHOWN = 600;

    private final String dumpTool;
    private final String clientTool;
    private final String user;
    private final String password;

    public MariaDbTools(String dumpTool, String clientTool, String user, String password) {
        this.dumpTool = dumpTool;
        this.clientTool = clientTool;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /**
     * Dumps one database as one consistent snapshot ({@code --single-transaction}) into {@code sink}.
     * Tablespaces are left out because they need the global PROCESS privilege the application
     * account does not have; binary values as hex so the text is plain ASCII for them.
     */
    public void dump(DatabaseAddress db, OutputStream sink) {
        run(List.of(dumpTool), db, List.of("--single-transaction", "--quick", "--hex-blob", "--no-tablespaces",
                "--triggers", "--skip-dump-date", "--default-character-set=utf8mb4", db.database()), null, sink);
    }

    /** Feeds SQL text (a dump) into a database. */
    public void load(DatabaseAddress db, InputStream sql) {
        run(List.of(clientTool), db, List.of("--batch", "--default-character-set=utf8mb4", db.database()), sql,
                OutputStream.nullOutputStream());
    }

    /** Runs statements with no default database (creating and dropping the scratch database). */
    public void execute(DatabaseAddress server, String statements) {
        run(List.of(clientTool), server, List.of("--batch", "-e", statements), null, OutputStream.nullOutputStream());
    }

    private void run(List<String> tool, DatabaseAddress db, List<String> arguments, InputStream stdin,
                     OutputStream stdout) {
        Path options = null;
        Path errors = null;
        Process process = null;
        try {
            options = optionFile();
            errors = Files.createTempFile("posdesk-mariadb-", ".err");
            List<String> command = new ArrayList<>(tool);
            command.add("--defaults-extra-file=" + options);
            command.add("--host=" + db.host());
            command.add("--port=" + db.port());
            command.add("--protocol=TCP");
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
            if (stdin == null) {
                builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            } else {
                // Nothing worth reading comes back while loading; a full pipe would stall the load.
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            process = builder.start();
            if (stdin != null) {
                feed(process, stdin);
            } else {
                drain(process, stdout);
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new BackupException(tool.get(0) + " exited with " + exit + ": " + tail(errors));
            }
        } catch (IOException e) {
            String detail = errors == null ? "" : tail(errors);
            throw new BackupException(tool.get(0) + " failed: " + e.getMessage()
                    + (detail.isEmpty() ? "" : " (" + detail + ")"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(tool.get(0) + " was interrupted", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteQuietly(options);
            deleteQuietly(errors);
        }
    }

    private static void feed(Process process, InputStream stdin) throws IOException {
        try (OutputStream to = process.getOutputStream()) {
            stdin.transferTo(to);
        }
    }

    private static void drain(Process process, OutputStream stdout) throws IOException {
        byte[] buffer = new byte[BUFFER];
        try (InputStream from = process.getInputStream()) {
            int n;
            while ((n = from.read(buffer)) > 0) {
                stdout.write(buffer, 0, n);
            }
        }
    }

    private Path optionFile() throws IOException {
        Path file = Files.createTempFile("posdesk-mariadb-", ".cnf",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        String text = "[client]\nuser=" + quote(user) + "\npassword=" + quote(password) + "\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** Option file values in double quotes, with backslash and quote escaped. */
    static String quote(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String tail(Path errors) {
        try {
            String text = Files.readString(errors, StandardCharsets.UTF_8).strip();
            return text.length() <= STDERR_SHOWN ? text : "…" + text.substring(text.length() - STDERR_SHOWN);
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temp file in the temp folder; the option file is 0600 anyway.
            }
        }
    }

}

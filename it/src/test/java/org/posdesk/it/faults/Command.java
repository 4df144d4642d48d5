package org.posdesk.it.faults;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A short-lived command (a script of bin/) run to its end with a time limit. Output goes to a file,
 * not a pipe: the scripts start daemons that could otherwise keep a pipe open after they exit.
 */
final class Command {

    record Result(int exitCode, String output) {
    }

    private Command() {
    }

    static Result run(Duration limit, Map<String, String> env, Path log, String... command)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + limit.toSeconds()
                    + " s; output so far:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    static Result checked(Duration limit, Map<String, String> env, Path log, String... command)
            throws IOException, InterruptedException {
        Result result = run(limit, env, log, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (exit " + result.exitCode() + "):\n"
                    + result.output());
        }
        return result;
    }
}

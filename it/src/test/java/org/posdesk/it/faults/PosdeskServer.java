package org.posdesk.it.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second posdesk server of the test's own, started with {@code bin/posdesk run} (detached) in its
 * own work directory and on its own ports, beside the Arquillian server if that one runs, on the
 * IT database. Unlike the Arquillian server it can be killed.
 */
final class PosdeskServer implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(150);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(90);

    private final Path work;
    private final Path logs;
    private final Map<String, String> env = new HashMap<>();
    private final int terminalPort;
    private final List<Integer> ports;
    private int starts;

    PosdeskServer(Path work, Path logs, int httpPort, int httpsPort, int managementPort, int terminalPort) {
        this.work = work;
        this.logs = logs;
        this.terminalPort = terminalPort;
        this.ports = List.of(httpPort, httpsPort, managementPort, terminalPort);
        env.put("POSDESK_WORK_DIR", work.toString());
        env.put("POSDESK_DETACH", "true");
        env.put("POSDESK_BUILD", "never");
        env.put("POSDESK_DEMO", "false");
        env.put("POSDESK_DB_URL", ItPaths.required("posdesk.db.url"));
        env.put("POSDESK_DB_USER", ItPaths.required("posdesk.db.user"));
        env.put("POSDESK_DB_PASSWORD", System.getProperty("posdesk.db.password", ""));
        env.put("POSDESK_MASTER_KEY_FILE", ItPaths.required("posdesk.master.key.file"));
        env.put("POSDESK_HTTP_PORT", Integer.toString(httpPort));
        env.put("POSDESK_HTTPS_PORT", Integer.toString(httpsPort));
        env.put("POSDESK_MANAGEMENT_PORT", Integer.toString(managementPort));
        env.put("POSDESK_TERMINAL_PORT", Integer.toString(terminalPort));
        env.put("POSDESK_TERMINAL_BIND", "127.0.0.1");
        env.put("POSDESK_BIND_ADDRESS", "127.0.0.1");
        // No demo traffic (bin/posdesk-demo-traffic): there is no demo tenant here, and traffic
        // started before a kill -9 would outlive the server and be orphaned by the next run.
        env.put("POSDESK_DEMO_TRAFFIC", "false");
    }

    /** Fails unless every port this server needs is free (bin/posdesk checks only HTTP(S) and management). */
    void requireFreePorts() {
        for (int port : ports) {
            if (listening(port)) {
                throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use: another server (an "
                        + "aborted run? see " + work + ") must be stopped first");
            }
        }
    }

    /** {@code bin/posdesk run}: returns once posdesk is deployed and healthy and the terminal port listens. */
    void start() throws IOException, InterruptedException {
        starts++;
        Command.checked(START_LIMIT, env, logs.resolve("posdesk-run-" + starts + ".log"),
                ItPaths.script("posdesk").toString(), "run");
        // The listener opens when the message-driven bean is deployed, which the health check implies;
        // wait a moment in case it trails.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!listening(terminalPort)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("posdesk is up but nothing listens on terminal port " + terminalPort);
            }
            Thread.sleep(100);
        }
    }

    /** The WildFly JVM, as standalone.sh recorded it; checked to be this server's before anyone kills it. */
    ProcessHandle jvm() throws IOException {
        Path pidFile = work.resolve("server-java.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle handle = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("no process " + pid + " (from " + pidFile + ")"));
        String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")))
                .replace('\0', ' ');
        if (!cmdline.contains(work.resolve("server").toString())) {
            throw new IllegalStateException("process " + pid + " is not this test's WildFly: " + cmdline);
        }
        return handle;
    }

    /** {@code kill -9} of the WildFly JVM: no shutdown hooks, no orderly close of connections. */
    void kill() throws IOException, InterruptedException {
        ProcessHandle jvm = jvm();
        jvm.destroyForcibly();
        try {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("WildFly (pid " + jvm.pid() + ") still there after SIGKILL", e);
        }
    }

    Path serverLog() {
        return work.resolve("server/log/server.log");
    }

    /** Copies the server log aside: {@code bin/posdesk run} recreates the server directory. */
    void keepServerLog(String name) throws IOException {
        if (Files.exists(serverLog())) {
            Files.copy(serverLog(), logs.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code bin/posdesk stop}; fine when nothing runs. */
    @Override
    public void close() throws IOException, InterruptedException {
        Command.run(STOP_LIMIT, env, logs.resolve("posdesk-stop.log"), ItPaths.script("posdesk").toString(),
                "stop");
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

}

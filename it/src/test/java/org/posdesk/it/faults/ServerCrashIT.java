package org.posdesk.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.it.Database;
import org.posdesk.it.TestTenant;

/**
 * posdesk's JVM dies ({@code kill -9}) while terminals report, upload batches and sell offline;
 * started again, it takes the terminals' resends, and everything they consider delivered is in the
 * journal exactly once. Not Arquillian: the test starts, kills and stops a server of its own with
 * {@code bin/posdesk}, on other ports and in another work directory than the Arquillian server.
 */
class ServerCrashIT {

    private static final int TERMINALS = 5;
    private static final Duration DOWN = Duration.ofSeconds(3);
    // Away from the Arquillian server (18080, 18443, 19990, 19700) and from a demo server.
    private static final int HTTP = 18180;
    private static final int HTTPS = 18543;
    private static final int MANAGEMENT = 20090;
    private static final int TERMINAL = 19800;

    @Test
    void terminalsResendAfterACrashAndNothingIsLostOrDoubled() throws Exception {
        Path logs = ItPaths.reports().resolve("faults-server-crash");
        Files.createDirectories(logs);
        try (PosdeskServer server = new PosdeskServer(ItPaths.target().resolve("crash-work"), logs,
                HTTP, HTTPS, MANAGEMENT, TERMINAL);
             TerminalFleet fleet = new TerminalFleet("server-crash", TERMINAL)) {
            try (Connection c = Database.connect()) {
                TestTenant tenant = TestTenant.ensure(c, "SC", "Server crash merchant", 1, TERMINALS, 0,
                        "it-sc-user", "it-password-SC");
                assertThat(tenant.tids).hasSize(TERMINALS);
                fleet.continueAfter(c, tenant.tids);
            }
            server.close();   // what an aborted earlier run may have left
            server.requireFreePorts();
            try {
                Instant t0 = Instant.now();
                server.start();
                Duration firstStart = Duration.between(t0, Instant.now());

                // ~8 s of trading per terminal: offline sales, a lost advice and an upload, an
                // upload interrupted and resumed after a terminal restart.
                fleet.start("--scenario", "outages", "--mid", "ITSC00000000000", "--tid-prefix", "SC0001",
                        "--terminals", Integer.toString(TERMINALS), "--sales", "30", "--pause-ms", "200",
                        "--seed", "23", "--heartbeat", "2", "--timeout", "5");
                fleet.awaitDelivered(60, Duration.ofSeconds(40));

                long pid = server.jvm().pid();
                LogTail afterCrash = LogTail.from(fleet.output());
                Instant crash = Instant.now();
                server.kill();
                Thread.sleep(500);   // a reply read just before the kill may still be going into the ground truth
                long atCrash = fleet.delivered();
                Thread.sleep(DOWN.toMillis() - 500);
                assertThat(fleet.isRunning()).as("the simulator survives the crash:\n%s", fleet.log()).isTrue();
                long whileDown = fleet.delivered() - atCrash;
                server.keepServerLog("server-before-crash.log");
                Instant restart = Instant.now();
                server.start();
                Instant up = Instant.now();

                int exit = fleet.awaitEnd(Duration.ofSeconds(90));
                String out = fleet.log();
                Command.Result verify = fleet.verify();
                long resends = afterCrash.linesContaining("will resend");
                long uploads = LogTail.count(out, "settled (uploaded)");
                System.out.printf("server crash: first start %.1f s; kill -9 of pid %d after %d records; down %.1f s"
                                + " (restart took %.1f s); %d resends logged by the simulator after it; %d ground-truth"
                                + " lines, %d batches closed by upload; verify: %s%n",
                        firstStart.toMillis() / 1000.0, pid, atCrash, Duration.between(crash, up).toMillis() / 1000.0,
                        Duration.between(restart, up).toMillis() / 1000.0, resends, fleet.delivered(), uploads,
                        verify.output().strip());

                assertThat(exit).as(out).isZero();
                assertThat(out).contains(TERMINALS + " of " + TERMINALS + " terminals finished");
                assertThat(out).as("nothing refused for good (a 12 would mean a clash with stored records)")
                        .doesNotContain("rejected with");
                assertThat(whileDown).as("records acknowledged while the server was dead").isZero();
                assertThat(fleet.delivered()).as("records delivered after the restart").isGreaterThan(atCrash);
                assertThat(resends).as("resends after the crash:\n%s", out).isPositive();
                assertThat(uploads).as("batches closed by an upload:\n%s", out).isPositive();
                assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
                assertThat(verify.exitCode()).as(verify.output()).isZero();
            } finally {
                server.keepServerLog("server.log");
            }
        }
    }
}

package org.posdesk.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The database goes away for a few seconds in the middle of a trading day: the adapter answers
 * {@code 96} ("system error, nothing stored"), the terminals keep what was refused in their
 * queues and go on selling, and once the database is back everything they consider delivered is
 * in the journal exactly once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final int TERMINALS = 3;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void terminalsGet96WhileTheDatabaseIsDownAndLoseNothing() throws Exception {
        PrivateDatabase db = PrivateDatabase.ofTests(ItPaths.reports().resolve("faults-database-outage"));
        assumeTrue(db != null, "the tests run on an external database (POSDESK_DB_URL): not stopping someone "
                + "else's MariaDB");
        LogTail serverLog = LogTail.from(Path.of(ItPaths.required("posdesk.server.base"), "log", "server.log"));

        try (TerminalFleet fleet = new TerminalFleet("database-outage",
                Integer.parseInt(ItPaths.required("posdesk.terminal.port")))) {
            try (Connection c = Database.connect()) {
                TestTenant tenant = TestTenant.ensure(c, "DO", "Database outage merchant", 1, TERMINALS, 0,
                        "it-do-user", "it-password-DO");
                assertThat(tenant.tids).hasSize(TERMINALS);
                fleet.continueAfter(c, tenant.tids);
            }
            boolean stopped = false;
            try {
                // ~20 s of selling without the outage; terminals give up on a request after 3
                // tries and go on selling with it queued, as a store-and-forward terminal does.
                fleet.start("--scenario", "normal-day", "--mid", "ITDO00000000000", "--tid-prefix", "DO0001",
                        "--terminals", Integer.toString(TERMINALS), "--sales", "50", "--pause-ms", "400",
                        "--seed", "11", "--heartbeat", "2", "--timeout", "3", "--max-failures", "3");
                fleet.awaitDelivered(30, Duration.ofSeconds(30));

                Instant down = Instant.now();
                stopped = true;
                db.stop();
                Thread.sleep(1000);   // a reply to the last commit before the shutdown may still be on its way
                long before = fleet.delivered();
                Thread.sleep(OUTAGE.toMillis() - 1000);
                assertThat(fleet.isRunning()).as("the simulator survives the outage:\n%s", fleet.log()).isTrue();
                long duringOutage = fleet.delivered() - before;
                db.start();
                stopped = false;
                Duration outage = Duration.between(down, Instant.now());

                int exit = fleet.awaitEnd(Duration.ofSeconds(60));
                String out = fleet.log();
                Command.Result verify = fleet.verify();
                long answered96 = LogTail.count(out, "answered 96");
                long mostQueued = out.lines().filter(l -> l.contains("request(s) stay queued"))
                        .mapToLong(DatabaseOutageIT::queuedCount).max().orElse(0);
                long nothingStored = serverLog.linesContaining("nothing stored for");
                System.out.printf("database outage: %.1f s; %d records acknowledged during it; simulator saw %d "
                                + "answers 96, at most %d request(s) queued at a terminal; server logged %d "
                                + "'nothing stored'; %d ground-truth lines; verify: %s%n",
                        outage.toMillis() / 1000.0, duringOutage, answered96, mostQueued, nothingStored,
                        fleet.delivered(), verify.output().strip());

                assertThat(exit).as(out).isZero();
                assertThat(out).contains(TERMINALS + " of " + TERMINALS + " terminals finished");
                assertThat(out).as("nothing refused for good (a 12 would mean a clash with stored records)")
                        .doesNotContain("rejected with");
                assertThat(answered96).as("96 answers in the simulator's output:\n%s", out).isPositive();
                assertThat(mostQueued).as("requests kept queued during the outage").isPositive();
                assertThat(nothingStored).as("'nothing stored for' warnings in the server log").isPositive();
                assertThat(duringOutage).as("records acknowledged while the database was down").isZero();
                assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
                assertThat(verify.exitCode()).as(verify.output()).isZero();
            } finally {
                if (stopped || !db.isRunning()) {
                    db.start();   // the other tests need it whatever happened here
                }
            }
        }
    }

    private static long queuedCount(String line) {
        // "... TID giving up for now, 4 request(s) stay queued"
        String head = line.substring(0, line.indexOf(" request(s) stay queued"));
        return Long.parseLong(head.substring(head.lastIndexOf(' ') + 1));
    }
}

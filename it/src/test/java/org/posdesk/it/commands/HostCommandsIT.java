package org.posdesk.it.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.TerminalFleet;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Host-initiated commands against the deployed adapter, with simulated terminals as separate
 * processes: a {@code 362} reaches a connected terminal after its next heartbeat and brings its last
 * journal entry back as an 0220; a {@code 361} for a terminal that is away waits, goes out with the
 * reply to its sign-on, and brings the whole batch back as 0320s.
 * <p>
 * Commands are queued through the real {@code TerminalCommands} service (the test module's
 * {@link CommandDesk}), so the command row, and for {@code 361} the batch's resubmission, are
 * written exactly as posdesk writes them. The database may hold earlier runs (it is kept between
 * builds): each test starts its terminals at a batch number posdesk has not seen for them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostCommandsIT {

    private static final String REQUESTED_BY = "it-host-commands";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(HostCommandsIT.class, CommandDesk.class, TerminalFleet.class,
                TerminalFleet.Result.class, TerminalFleet.Running.class, Database.class);
    }

    @Test
    void lastTransactionCommandReachesAConnectedTerminalAndItsLastEntryComesBack() throws Exception {
        TestTenant tenant = tenant("HC", "Host command merchant", 2);
        // The second terminal: in --live the first one goes offline for two minutes of every ten.
        String tid = tenant.tids.get(1);
        int batch = unusedBatch(tenant);
        TerminalFleet fleet = new TerminalFleet("host-command-362");

        TerminalFleet.Running live = fleet.start("--live", "--mid", mid("HC"), "--tid-prefix", "HC0001",
                "--terminals", "2", "--heartbeat", "1", "--seed", "18", "--first-batch", String.valueOf(batch));
        try {
            await("a sale of " + tid + " in batch " + batch, Duration.ofSeconds(60), live,
                    () -> count("select count(*) from card_transaction where tid = ? and batch_number = ?", tid, batch) > 0);
            assertThat(bool("select connected from terminal where tid = ?", tid)).as("connected").isTrue();

            long requested = System.nanoTime();
            long id = request(tid, "362", null);
            await("command " + id + " acknowledged", Duration.ofSeconds(15), live,
                    () -> "ACKNOWLEDGED".equals(commandState(id)));
            double seconds = (System.nanoTime() - requested) / 1e9;

            Map<String, Object> command = row("select state, stan, response_code, sent_at, answered_at"
                    + " from terminal_command where id = ?", id);
            assertThat(command.get("response_code")).isEqualTo("00");
            assertThat(command.get("sent_at")).isNotNull();
            // The terminal's journal when the command went out: its newest entry posdesk had received by then.
            Map<String, Object> last = row("select batch_number, stan, type, amount_minor, origin from card_transaction"
                    + " where tid = ? and received_at <= (select sent_at from terminal_command where id = ?)"
                    + " order by batch_number desc, stan desc limit 1", tid, id);
            String lastKey = tid + "/%06d/".formatted(((Number) last.get("batch_number")).intValue())
                    + ((String) last.get("stan")).trim();
            // The 0220 that follows the 0810 is acknowledged to the terminal (94: already stored), which
            // records it in its ground truth a second time.
            await("the 0220 of " + lastKey + " acknowledged again", Duration.ofSeconds(5), live,
                    () -> fleet.deliveries(tid).values().stream().anyMatch(n -> n > 1));
            List<String> reportedAgain = fleet.deliveries(tid).entrySet().stream().filter(e -> e.getValue() > 1)
                    .map(Map.Entry::getKey).toList();
            System.out.printf("HostCommandsIT 362: %s acknowledged %.1f s after the request (%s); last entry %s %s;"
                    + " reported again: %s%n", tid, seconds, command, lastKey, last, reportedAgain);

            assertThat(reportedAgain).containsExactly(lastKey);
            assertThat(live.output()).contains(tid + " host command 362 answered 00, 1 request(s) follow");
            String[] key = lastKey.split("/");
            assertThat(count("select count(*) from card_transaction where tid = ? and batch_number = ? and stan = ?",
                    tid, Integer.parseInt(key[1]), key[2])).as("the repeat stores nothing new").isEqualTo(1);
        } finally {
            live.stop();
        }
        TerminalFleet.Result verify = fleet.verify();
        assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
    }

    @Test
    void reuploadCommandWaitsForADisconnectedTerminalThenTheBatchIsUploadedAgain() throws Exception {
        TestTenant tenant = tenant("HR", "Host re-upload merchant", 1);
        String tid = tenant.tids.get(0);
        int batch = unusedBatch(tenant);
        TerminalFleet fleet = new TerminalFleet("host-command-361");
        String[] terminals = {"--mid", mid("HR"), "--tid-prefix", "HR0001", "--terminals", "1", "--seed", "11",
                "--first-batch", String.valueOf(batch)};

        // A day whose last sale never reached posdesk, neither by advice nor in the upload that
        // the unbalanced settlement started: the upload ends one record short of its count.
        TerminalFleet.Result day = fleet.run(concat(terminals, "--scenario", "incomplete-upload", "--sales", "6",
                "--heartbeat", "2", "--pause-ms", "5"));
        assertThat(day.exitCode()).as(day.output()).isZero();
        assertThat(batchState(tid, batch)).isEqualTo("UPLOAD_INCOMPLETE");
        assertThat(count("select count(*) from card_transaction where tid = ? and batch_number = ?", tid, batch))
                .isEqualTo(5);
        long disconnected = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (bool("select connected from terminal where tid = ?", tid) && System.nanoTime() < disconnected) {
            Thread.sleep(200);
        }
        assertThat(bool("select connected from terminal where tid = ?", tid)).as("connected").isFalse();

        long id = request(tid, "361", batch);
        assertThat(batchState(tid, batch)).isEqualTo("RESUBMIT_PENDING");
        assertThat(count("select count(*) from resubmission r join batch b on b.id = r.batch_id join terminal t"
                + " on t.id = b.terminal_id where t.tid = ? and b.batch_number = ?", tid, batch)).isEqualTo(1);
        Thread.sleep(3_000);
        assertThat(commandState(id)).as("no terminal connected: the command waits").isEqualTo("PENDING");
        assertThat(row("select sent_at from terminal_command where id = ?", id).get("sent_at")).isNull();

        long started = System.nanoTime();
        TerminalFleet.Running live = fleet.start(concat(terminals, "--live", "--heartbeat", "1"));
        try {
            await("command " + id + " acknowledged", Duration.ofSeconds(15), live,
                    () -> "ACKNOWLEDGED".equals(commandState(id)));
            double acknowledged = (System.nanoTime() - started) / 1e9;
            await("batch " + batch + " uploaded", Duration.ofSeconds(15), live,
                    () -> "UPLOADED".equals(batchState(tid, batch)));
            double uploaded = (System.nanoTime() - started) / 1e9;

            List<Map<String, Object>> rows = rows("select stan, origin, confirmed_by_upload, received_at"
                    + " from card_transaction where tid = ? and batch_number = ? order by stan", tid, batch);
            List<String> transitions = rows("select bt.from_state, bt.to_state, bt.cause from batch_transition bt"
                    + " join batch b on b.id = bt.batch_id join terminal t on t.id = b.terminal_id"
                    + " where t.tid = ? and b.batch_number = ? order by bt.occurred_at, bt.id", tid, batch).stream()
                    .map(t -> t.get("from_state") + "->" + t.get("to_state") + " (" + t.get("cause") + ")").toList();
            Map<String, Object> resubmission = row("select r.state, r.attempts from resubmission r join batch b"
                    + " on b.id = r.batch_id join terminal t on t.id = b.terminal_id where t.tid = ? and b.batch_number = ?",
                    tid, batch);
            System.out.printf("HostCommandsIT 361: acknowledged %.1f s and batch UPLOADED %.1f s after the terminal"
                    + " started; command %s; rows %s; transitions %s; resubmission %s%n", acknowledged, uploaded,
                    row("select state, response_code, sent_at, answered_at from terminal_command where id = ?", id),
                    rows, transitions, resubmission);

            assertThat(live.output()).contains(tid + " host command 361 answered 00, 7 request(s) follow");
            assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r.get("confirmed_by_upload")).isEqualTo(true));
            assertThat(rows).filteredOn(r -> "BATCH_UPLOAD".equals(r.get("origin"))).hasSize(1);
            assertThat(transitions).containsSubsequence(
                    "UPLOADING->UPLOAD_INCOMPLETE (upload end, 1 missing)",
                    "UPLOAD_INCOMPLETE->RESUBMIT_PENDING (resubmission requested)",
                    "RESUBMIT_PENDING->UPLOADING (terminal re-uploads)",
                    "UPLOADING->UPLOADED (upload end, all 6 received)");
            assertThat(count("select announced_count from batch b join terminal t on t.id = b.terminal_id"
                    + " where t.tid = ? and b.batch_number = ?", tid, batch)).isEqualTo(6);
        } finally {
            live.stop();
        }
        TerminalFleet.Result verify = fleet.verify();
        assertThat(verify.output()).contains("lost=0 doubled=0 mismatched=0");
    }

    // ---------------------------------------------------------------- helpers

    private static TestTenant tenant(String code, String name, int terminals) throws SQLException {
        try (Connection c = Database.connect()) {
            TestTenant tenant = TestTenant.ensure(c, code, name, 1, terminals, 0, "it-" + code.toLowerCase() + "-user",
                    "it-password-" + code);
            // A command an earlier, interrupted run left waiting would go out first and is not this test's.
            for (String tid : tenant.tids) {
                try (PreparedStatement s = c.prepareStatement(
                        "update terminal_command set state = 'REFUSED', response_code = 'IT'"
                                + " where tid = ? and state in ('PENDING', 'SENT')")) {
                    s.setString(1, tid);
                    s.executeUpdate();
                }
            }
            return tenant;
        }
    }

    private static String mid(String code) {
        return "IT" + code + "00000000000";
    }

    /** A batch number none of the tenant's terminals has used, so a fresh simulator state collides with nothing. */
    private static int unusedBatch(TestTenant tenant) throws SQLException {
        String in = tenant.tids.stream().map(t -> "?").collect(Collectors.joining(","));
        Object[] tids = tenant.tids.toArray();
        long highest = Math.max(
                count("select coalesce(max(batch_number), 0) from card_transaction where tid in (" + in + ")", tids),
                count("select coalesce(max(b.batch_number), 0) from batch b join terminal t on t.id = b.terminal_id"
                        + " where t.tid in (" + in + ")", tids));
        highest = Math.max(highest, count("select coalesce(max(current_batch_number), 0) from terminal where tid in ("
                + in + ")", tids));
        return (int) highest + 1;
    }

    /** Queues a command through the real service, as posdesk's own callers do. */
    private static long request(String tid, String code, Integer batch) throws IOException, InterruptedException {
        String form = "tid=" + enc(tid) + "&code=" + enc(code) + "&requestedBy=" + enc(REQUESTED_BY)
                + (batch == null ? "" : "&batch=" + batch);
        URI uri = URI.create("http://127.0.0.1:" + System.getProperty("posdesk.http.port", "18080")
                + "/posdesk-it/host-commands");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Long.parseLong(response.body().trim());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String commandState(long id) throws SQLException {
        return (String) row("select state from terminal_command where id = ?", id).get("state");
    }

    private static String batchState(String tid, int batch) throws SQLException {
        Map<String, Object> r = row("select b.state from batch b join terminal t on t.id = b.terminal_id"
                + " where t.tid = ? and b.batch_number = ?", tid, batch);
        return r == null ? null : (String) r.get("state");
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds; fails early when the simulator died. */
    private static void await(String what, Duration timeout, TerminalFleet.Running sim, Condition condition)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (!sim.isAlive()) {
                throw new AssertionError("simulator exited while waiting for " + what + ":\n" + sim.output());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + timeout.toSeconds() + " s; simulator says:\n"
                        + tail(sim.output(), 40));
            }
            Thread.sleep(200);
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static boolean bool(String sql, Object... args) throws SQLException {
        Object value = row(sql, args).values().iterator().next();
        return value instanceof Boolean b ? b : ((Number) value).longValue() != 0;
    }

    private static long count(String sql, Object... args) throws SQLException {
        Map<String, Object> r = row(sql, args);
        return r == null ? 0 : ((Number) Objects.requireNonNull(r.values().iterator().next(), sql)).longValue();
    }

    private static Map<String, Object> row(String sql, Object... args) throws SQLException {
        List<Map<String, Object>> all = rows(sql, args);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<Map<String, Object>> rows(String sql, Object... args) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<Map<String, Object>> out = new ArrayList<>();
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Map<String, Object> one = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        Object value = r.getObject(i);
                        one.put(r.getMetaData().getColumnLabel(i), value instanceof String text ? text.trim() : value);
                    }
                    out.add(one);
                }
                return out;
            }
        }
    }
}

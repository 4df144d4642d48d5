package org.posdesk.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TerminalFleet;
import org.posdesk.it.TestTenant;

/**
 * Health and metrics as monitoring sees them: liveness asks nothing outside the process,
 * readiness names the database, the terminal listener and the scheduler; the Prometheus endpoint
 * moves when the terminal simulator sends a day of messages over TCP. (Who may scrape is
 * MetricsServletTest's: the ITs' server listens on loopback only.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsAndHealthIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void livenessAndReadinessNameTheirParts() throws Exception {
        HttpResponse<String> live = get("api/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).contains("\"status\":\"UP\"");

        HttpResponse<String> ready = get("api/health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\":\"UP\"", "\"terminalListener\":\"UP\"", "\"scheduler\":\"UP\"");
        assertThat(ready.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void theMetricsMoveWhenTerminalsSendMessages() throws Exception {
        TestTenant tenant;
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "MX", "Metrics merchant", 1, 2, 0, "it-mx-user", "it-password-mx");
        }
        String before = metrics();
        assertThat(before).contains("# TYPE posdesk_terminal_ack_latency_seconds histogram",
                "posdesk_terminal_listener_up 1");

        TerminalFleet sim = new TerminalFleet("metrics");
        TerminalFleet.Result day = sim.run("--scenario", "normal-day", "--mid", "ITMX00000000000",
                "--tid-prefix", "MX0001", "--terminals", String.valueOf(tenant.tids.size()),
                "--sales", "5", "--seed", "7", "--heartbeat", "2", "--pause-ms", "5",
                "--first-batch", String.valueOf(1 + System.currentTimeMillis() / 1000 % 900_000));
        assertThat(day.exitCode()).as(day.output()).isZero();

        String after = metrics();
        assertThat(after).containsPattern("posdesk_batches\\{state=\"[A-Z_]+\"} \\d+");
        // Two terminals, five sales each, a sign-on and a settlement: well over a dozen answers of 00.
        assertThat(value(after, "posdesk_terminal_messages_answered_total{code=\"00\"}"))
                .isGreaterThanOrEqualTo(value(before, "posdesk_terminal_messages_answered_total{code=\"00\"}") + 12);
        assertThat(value(after, "posdesk_terminal_messages_received_total{mti=\"0220\"}"))
                .isGreaterThanOrEqualTo(value(before, "posdesk_terminal_messages_received_total{mti=\"0220\"}") + 10);
        assertThat(value(after, "posdesk_terminal_ack_latency_seconds_count"))
                .isGreaterThan(value(before, "posdesk_terminal_ack_latency_seconds_count"));
        assertThat(value(after, "posdesk_batches{state=\"BALANCED\"}"))
                .isGreaterThanOrEqualTo(value(before, "posdesk_batches{state=\"BALANCED\"}") + 2);
    }

    @Test
    void everyLogLineCarriesItsRequestOrTerminalAndAPasswordNever() throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("posdesk.server.base"), "log", "server.log");
        long from = java.nio.file.Files.size(log);
        // Letters and digits: a bare run of digits in the log could pass for a card number in CardDataSweepIT.
        String requestId = "it-log-" + Long.toString(System.nanoTime(), 36);
        String password = "it-never-logged-" + System.nanoTime();

        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("api/transactions"))
                .header("X-Request-Id", requestId)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        ("it-log-nobody:" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("X-Request-Id")).hasValue(requestId);
        HttpResponse<String> own = get("api/health/live");
        assertThat(own.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());

        String tid = "99" + String.format("%06d", System.nanoTime() % 1_000_000);
        try (org.posdesk.it.terminals.RawTerminal terminal = new org.posdesk.it.terminals.RawTerminal(tid)) {
            org.posdesk.connector.codec.IsoMessage advice = org.posdesk.connector.codec.IsoMessage.of("0220")
                    .with(3, "000000").with(4, "000000000100").with(11, "000042").with(12, "120000")
                    .with(13, "1122").with(22, "071").with(37, "000000000042").with(38, "LG0042").with(39, "00")
                    .with(41, tid).with(42, "ITMX00000000000").with(49, "156").with(60, "22000777000");
            assertThat(terminal.exchange(org.posdesk.connector.codec.OutboundMessage.of(advice)
                    .withPan("6222021234567890127")).message().text(39)).as("an unknown terminal").hasValue("03");
        }

        String added = "";
        for (int i = 0; i < 50 && !(added.contains(requestId) && added.contains("tid=" + tid)); i++) {
            Thread.sleep(100);
            byte[] all = java.nio.file.Files.readAllBytes(log);
            added = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                    StandardCharsets.UTF_8);
        }
        assertThat(added.lines().filter(l -> l.contains("requestId=" + requestId)))
                .as("the audited failure, with its request").anySatisfy(l -> assertThat(l).contains("audit ", "FAILURE"));
        assertThat(added.lines().filter(l -> l.contains("tid=" + tid)))
                .as("the refusal, with its terminal").anySatisfy(l -> assertThat(l).contains("mti=0220", "stan=000042",
                        "batch=000777", "refused"));
        assertThat(added).doesNotContain(password).doesNotContain("it-log-nobody");
    }

    private String metrics() throws Exception {
        HttpResponse<String> r = get("metrics");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
        return r.body();
    }

    private static long value(String text, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path);
    }
}

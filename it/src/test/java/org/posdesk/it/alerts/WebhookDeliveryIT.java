package org.posdesk.it.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.infrastructure.crypto.KeyVault;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Alerts reach a merchant's webhook, a receiver this test runs on a local port. Real alerts: a
 * terminal falls silent, the offline-gap job (every 2 s in the ITs) raises TERMINAL_OFFLINE after
 * 8 s, the alert-delivery job (every 1 s, retries from 2 s) posts it. The receiver checks every
 * signature by the README's scheme; it answers 500 first, so the event comes again, the same event
 * id and body, and is taken once. Then the server reloads (every service, Quartz included, stops
 * and starts): the delivered event never comes again, and a new alert after the restart is
 * delivered once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhookDeliveryIT {

    private static final String SECRET = "it-webhook-secret-0123456789abcdef";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @ArquillianResource
    private ManagementClient management;

    @Test
    void anAlertIsDeliveredSignedRetriedAfterA500AndNeverAgainAfterARestart() throws Exception {
        try (Connection c = Database.connect(); SigningReceiver receiver = new SigningReceiver(SECRET, 1)) {
            TestTenant tenant = TestTenant.ensure(c, "WH", "Webhook merchant", 1, 2, 0, "it-webhook", "it-webhook-pw-1");
            // Earlier runs' webhooks point at receivers long gone: off, so only this run's is called.
            update(c, "update webhook set enabled = false where merchant_id = ?", tenant.merchantId);
            long webhookId = webhook(c, tenant.merchantId, receiver.url());

            Instant silentSince = silence(c, tenant.tids.get(0));
            String cause = "\"cause\":\"" + tenant.tids.get(0) + "@" + silentSince.toEpochMilli() + "\"";
            await("the offline alert of " + tenant.tids.get(0) + " delivered", Duration.ofSeconds(60),
                    () -> receiver.about(cause).stream().anyMatch(r -> r.answered() == 200));

            List<SigningReceiver.Received> first = receiver.about(cause);
            assertThat(first).as("a 500, then the retry taken").extracting(SigningReceiver.Received::answered)
                    .containsExactly(500, 200);
            assertThat(first).allMatch(SigningReceiver.Received::signatureValid, "signed with the webhook's secret");
            assertThat(first.get(1).eventId()).as("a retry is the same event").isEqualTo(first.get(0).eventId());
            assertThat(first.get(1).body()).isEqualTo(first.get(0).body());
            assertThat(Duration.between(first.get(0).at(), first.get(1).at())).as("retried after the backoff")
                    .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
            assertThat(first.get(0).body()).contains("\"kind\":\"TERMINAL_OFFLINE\"", "\"tid\":\"" + tenant.tids.get(0)
                    + "\"", "\"mid\":\"ITWH00000000000\"", "\"event\":\"alert.raised\"");
            String eventId = first.get(0).eventId();
            assertThat(text(c, "select state from alert_delivery where event_id = ?", eventId)).isEqualTo("DELIVERED");
            assertThat(numbers(c, "select coalesce(a.http_status, -1) from alert_delivery_attempt a join alert_delivery d"
                    + " on d.id = a.delivery_id where d.event_id = ? order by a.attempted_at, a.id", eventId))
                    .as("the delivery history").containsExactly(500L, 200L);

            reload();
            awaitReady();

            Instant silentAgain = silence(c, tenant.tids.get(1));
            String secondCause = "\"cause\":\"" + tenant.tids.get(1) + "@" + silentAgain.toEpochMilli() + "\"";
            await("a new alert after the restart delivered", Duration.ofSeconds(60),
                    () -> receiver.about(secondCause).stream().anyMatch(r -> r.answered() == 200));
            Thread.sleep(3_000);   // several more runs of the delivery job

            assertThat(receiver.about(cause)).as("nothing more of the event delivered before the restart")
                    .hasSize(2);
            assertThat(receiver.about(secondCause)).as("the new alert, once").hasSize(1)
                    .allMatch(SigningReceiver.Received::signatureValid);
            assertThat(receiver.received()).as("every request well signed")
                    .allMatch(SigningReceiver.Received::signatureValid);
            assertThat(numbers(c, "select count(*) from alert_delivery where webhook_id = ? and state <> 'DELIVERED'",
                    webhookId)).containsExactly(0L);
            back(c, tenant.tids);
        }
    }

    /** The terminal was heard from just now, with a 1 s heartbeat: silent past its allowance in 3 s. */
    private static Instant silence(Connection c, String tid) throws SQLException {
        Instant lastContact = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        update(c, "update terminal set heartbeat_interval_seconds = 1, connected = true, last_contact_at = ?,"
                + " online_until = ? where tid = ?", Timestamp.from(lastContact),
                Timestamp.from(lastContact.plusSeconds(3)), tid);
        return lastContact;
    }

    /** Back online for an hour, so this test's gaps close and other runs start clean. */
    private static void back(Connection c, List<String> tids) throws SQLException {
        for (String tid : tids) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            update(c, "update terminal set heartbeat_interval_seconds = 60, last_contact_at = ?, online_until = ?"
                    + " where tid = ?", Timestamp.from(now), Timestamp.from(now.plusSeconds(3600)), tid);
        }
    }

    private static long webhook(Connection c, long merchantId, String url) throws Exception {
        byte[] key = Base64.getDecoder().decode(Files.readString(
                Path.of(System.getProperty("posdesk.master.key.file")), StandardCharsets.US_ASCII).trim());
        byte[] sealed = KeyVault.withKey(key).encrypt(SECRET.getBytes(StandardCharsets.UTF_8));
        long id = numbers(c, "select nextval(webhook_seq)").get(0);
        update(c, "insert into webhook (id, merchant_id, url, enabled, kinds, secret_enc, created_at, created_by)"
                + " values (?, ?, ?, true, 'TERMINAL_OFFLINE', ?, ?, 'it')", id, merchantId, url, sealed,
                Timestamp.from(Instant.now()));
        return id;
    }

    /** Like a restart of the server: every deployment and service stops and starts again. */
    private void reload() throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("reload");
        op.get("address").setEmptyList();
        ModelNode result = management.getControllerClient().execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }

    private static void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/api/health/ready");
        Thread.sleep(2_000);   // the reload starts after the operation has answered
        await("posdesk ready again after the reload", Duration.ofSeconds(120), () -> {
            try {
                return http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    private static void await(String what, Duration limit, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited " + limit.toSeconds() + " s for: " + what);
            }
            Thread.sleep(250);
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static List<Long> numbers(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<Long> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
            return out;
        }
    }

    private static String text(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}

package org.posdesk.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.anomaly.AnomalyScan;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Each anomaly rule flags what it should and nothing else, with the merchant's own thresholds
 * (a night window over midnight, a 5-minute repeat window) or the defaults, and a second scan
 * over the same entries adds nothing. Entries are dated on a day of their own per run and paid
 * with cards of their own, so earlier runs' rows kept in the database do not pair with them.
 */
@ExtendWith(ArquillianExtension.class)
class AnomalyScanIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(AnomalyScanIT.class, Rows.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private AnomalyScan scan;

    private final Random random = new Random();

    @Test
    void eachRuleFlagsWhatItShouldAndNothingElse() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant own = TestTenant.ensure(c, "AN", "Anomaly merchant", 1, 1, 0, "it-anomaly", "it-anomaly-pw-1");
            TestTenant other = TestTenant.ensure(c, "AO", "Anomaly other merchant", 1, 1, 0, "it-anomaly-o",
                    "it-anomaly-pw-2");
            // ¥1,000.00, night 22:00-06:00 (over midnight), the same card again within 5 minutes.
            Rows.update(c, "delete from anomaly_rules where merchant_id = ?", own.merchantId);
            Rows.update(c, "insert into anomaly_rules (id, merchant_id, amount_above_minor, night_enabled, night_start,"
                    + " night_end, repeat_window_minutes, updated_by, updated_at) values (?, ?, 100000, true, ?, ?, 5,"
                    + " 'it', ?)", Rows.next(c, "anomaly_rules_seq"), own.merchantId, Time.valueOf(LocalTime.of(22, 0)),
                    Time.valueOf(LocalTime.of(6, 0)), Timestamp.from(Instant.now()));
            Rows.update(c, "delete from anomaly_rules where merchant_id = ?", other.merchantId);

            LocalDate day = LocalDate.of(2001, 1, 1).plusDays(random.nextInt(8000));
            String tid = own.tids.get(0);
            String otherTid = other.tids.get(0);
            int batch = nextBatch(c, tid);
            int otherBatch = nextBatch(c, otherTid);
            String cardX = "%04d".formatted(random.nextInt(10_000));
            String cardY = "%04d".formatted((Integer.parseInt(cardX) + 1 + random.nextInt(9_998)) % 10_000);
            Map<String, Long> ids = new HashMap<>();
            ids.put("big", entry(c, tid, batch, 1, "SALE", 150_000, cardX, day.atTime(14, 0)));
            ids.put("small", entry(c, tid, batch, 2, "SALE", 50_000, cardX, day.atTime(14, 30)));
            ids.put("lateNight", entry(c, tid, batch, 3, "SALE", 2_000, null, day.atTime(23, 30)));
            ids.put("evening", entry(c, tid, batch, 4, "SALE", 2_000, null, day.atTime(21, 59)));
            ids.put("repeatFirst", entry(c, tid, batch, 5, "SALE", 3_000, cardY, day.atTime(15, 0)));
            ids.put("repeatSecond", entry(c, tid, batch, 6, "SALE", 3_100, cardY, day.atTime(15, 3)));
            ids.put("sameCardLater", entry(c, tid, batch, 7, "SALE", 3_200, cardY, day.atTime(17, 0)));
            ids.put("bigRefund", entry(c, tid, batch, 8, "REFUND", 200_000, cardX, day.atTime(14, 10)));
            // The same card at another merchant, a minute apart: not a repeat at either.
            ids.put("otherMerchantSameCard", entry(c, otherTid, otherBatch, 1, "SALE", 3_000, cardY, day.atTime(15, 1)));
            // The other merchant has the defaults: ¥20,000.00, 01:00-05:00, 10 minutes.
            ids.put("otherBig", entry(c, otherTid, otherBatch, 2, "SALE", 150_000, null, day.atTime(3, 0)));
            String idList = String.join(",", ids.values().stream().map(String::valueOf).toList());
            Instant lastReceived = ((Timestamp) Rows.list(c, "select max(received_at) as last from card_transaction"
                    + " where id in (" + idList + ")").get(0).get("last")).toInstant();

            scanPast(c, lastReceived);

            assertThat(rules(c, ids.get("big"))).containsExactly("AMOUNT_ABOVE");
            assertThat(rules(c, ids.get("small"))).isEmpty();
            assertThat(rules(c, ids.get("lateNight"))).containsExactly("NIGHT_TIME");
            assertThat(rules(c, ids.get("evening"))).isEmpty();
            assertThat(rules(c, ids.get("repeatFirst"))).containsExactly("REPEATED_CARD");
            assertThat(rules(c, ids.get("repeatSecond"))).containsExactly("REPEATED_CARD");
            assertThat(rules(c, ids.get("sameCardLater"))).isEmpty();
            assertThat(rules(c, ids.get("bigRefund"))).as("refunds move money back").isEmpty();
            assertThat(rules(c, ids.get("otherMerchantSameCard"))).isEmpty();
            assertThat(rules(c, ids.get("otherBig"))).containsExactly("NIGHT_TIME");
            for (String flagged : List.of("big", "lateNight", "repeatFirst", "repeatSecond", "otherBig")) {
                assertThat(Rows.count(c, "select anomaly from card_transaction where id = ?", ids.get(flagged)))
                        .as(flagged).isEqualTo(1);
            }
            for (String clean : List.of("small", "evening", "sameCardLater", "bigRefund", "otherMerchantSameCard")) {
                assertThat(Rows.count(c, "select anomaly from card_transaction where id = ?", ids.get(clean)))
                        .as(clean).isZero();
            }
            long reasons = Rows.count(c, "select count(*) from transaction_anomaly where transaction_id in ("
                    + idList + ")");
            assertThat(reasons).isEqualTo(5);

            // Run again over the same entries: nothing new. (The watermark is set back to before them.)
            Rows.update(c, "update job_watermark set position_time = ?, position_id = 0 where name = 'anomalies'",
                    Timestamp.from(lastReceived.minusSeconds(60)));
            scanPast(c, lastReceived);
            assertThat(Rows.count(c, "select count(*) from transaction_anomaly where transaction_id in ("
                    + idList + ")")).isEqualTo(reasons);
        }
    }

    /** Scans (after the 1 s settle time of the ITs) until the watermark has passed the given arrival. */
    private void scanPast(Connection c, Instant received) throws Exception {
        Thread.sleep(1_200);
        long end = System.nanoTime() + 60_000_000_000L;
        while (Rows.count(c, "select count(*) from job_watermark where name = 'anomalies' and position_time >= ?",
                Timestamp.from(received)) == 0) {
            scan.scan();
            if (System.nanoTime() > end) {
                throw new AssertionError("the anomaly scan did not reach " + received + " in 60 s");
            }
        }
    }

    private static Set<String> rules(Connection c, long transactionId) throws Exception {
        Set<String> rules = new TreeSet<>();
        for (Map<String, Object> row : Rows.list(c, "select rule_code from transaction_anomaly where transaction_id = ?",
                transactionId)) {
            rules.add((String) row.get("rule_code"));
        }
        return rules;
    }

    private static int nextBatch(Connection c, String tid) throws Exception {
        return (int) Rows.count(c, "select coalesce(max(batch_number), 0) + 1 from card_transaction where tid = ?", tid);
    }

    private static long entry(Connection c, String tid, int batch, int stan, String type, long amount, String last4,
                              LocalDateTime terminalTime) throws Exception {
        long id = Rows.next(c, "card_transaction_seq");
        Rows.update(c, "insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan,"
                        + " type, status, processing_code, amount_minor, currency, card_bin, card_last4, entry_mode,"
                        + " terminal_time, received_at, response_code, origin)"
                        + " select ?, merchant_id, store_id, id, tid, ?, ?, ?, 'APPROVED', ?, ?, '156', ?, ?, '071', ?, ?,"
                        + " '00', 'ONLINE' from terminal where tid = ?",
                id, batch, "%06d".formatted(stan), type, "SALE".equals(type) ? "000000" : "200000", amount,
                last4 == null ? null : "622848", last4, Timestamp.valueOf(terminalTime), Timestamp.from(Instant.now()),
                tid);
        return id;
    }
}

package org.posdesk.it.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.gaps.OfflineGapDetection;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Gap detection against MariaDB in the server, in real time (a terminal with a 1 s heartbeat is
 * silent past its 3 s allowance after a few seconds): a silent terminal gets one open gap however
 * often the detection runs, one alert once it has been silent longer than the limit (8 s in the
 * ITs), and when it is heard from again the gap closes at that contact, taking over the terminal
 * path's record of the same silence, and counts the offline sales made in it, including one that
 * arrives later in a batch upload. The scheduled job runs beside the test; the checks hold
 * whichever of the two does a step first.
 */
@ExtendWith(ArquillianExtension.class)
class OfflineGapDetectionIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(OfflineGapDetectionIT.class, Rows.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private OfflineGapDetection detection;

    @Test
    void aSilenceBecomesOneGapWithOneAlertAndClosesWithItsOfflineSalesWhenTheTerminalIsBack() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "OG", "Gap detection merchant", 1, 2, 0, "it-gaps", "it-gaps-pw-1");
            String tid = tenant.tids.get(0);
            long terminalId = Rows.count(c, "select id from terminal where tid = ?", tid);
            int batch = (int) Rows.count(c, "select coalesce(max(batch_number), 0) + 1 from card_transaction"
                    + " where terminal_id = ?", terminalId);
            Instant lastContact = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Rows.update(c, "update terminal set heartbeat_interval_seconds = 1, connected = true, last_contact_at = ?,"
                    + " online_until = ? where id = ?", Timestamp.from(lastContact),
                    Timestamp.from(lastContact.plusSeconds(3)), terminalId);
            Rows.update(c, "insert into terminal_contact (id, terminal_id, kind, occurred_at, node)"
                    + " values (?, ?, 'HEARTBEAT', ?, 'it')", Rows.next(c, "terminal_contact_seq"), terminalId,
                    Timestamp.from(lastContact));

            Thread.sleep(3_500);
            detection.detect();
            detection.detect();
            List<Map<String, Object>> gaps = gapsSince(c, terminalId, lastContact);
            assertThat(gaps).hasSize(1);
            assertThat(gaps.get(0).get("ended_at")).as("open while silent").isNull();
            assertThat(alerts(c, tid, lastContact)).as("no alert before the limit").isEmpty();

            Thread.sleep(9_000 - (Instant.now().toEpochMilli() - lastContact.toEpochMilli()));
            detection.detect();
            detection.detect();
            List<Map<String, Object>> raised = alerts(c, tid, lastContact);
            assertThat(raised).hasSize(1);
            assertThat(((Number) raised.get(0).get("occurrences")).intValue()).as("once per gap").isEqualTo(1);
            assertThat(raised.get(0).get("merchant_id")).isEqualTo(tenant.merchantId);
            assertThat(gapsSince(c, terminalId, lastContact).get(0).get("alerted_at")).isNotNull();

            // Back: a sign-on, and the terminal path's own record of the silence (a closed gap
            // from the last contact to the sign-on, as Terminal.recordContact stores it).
            Instant back = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Rows.update(c, "insert into terminal_contact (id, terminal_id, kind, occurred_at, node)"
                    + " values (?, ?, 'SIGN_ON', ?, 'it')", Rows.next(c, "terminal_contact_seq"), terminalId,
                    Timestamp.from(back));
            Rows.update(c, "insert into offline_gap (id, terminal_id, started_at, ended_at, offline_transactions)"
                    + " values (?, ?, ?, ?, 0)", Rows.next(c, "offline_gap_seq"), terminalId,
                    Timestamp.from(lastContact), Timestamp.from(back));
            Rows.update(c, "update terminal set last_contact_at = ?, online_until = ? where id = ?",
                    Timestamp.from(back), Timestamp.from(back.plusSeconds(3600)), terminalId);
            LocalDateTime inGap = LocalDateTime.ofInstant(lastContact.plusSeconds(4), SHANGHAI);
            LocalDateTime beforeGap = LocalDateTime.ofInstant(lastContact.minusSeconds(60), SHANGHAI);
            sale(c, tid, batch, 1, inGap, back.plusMillis(5), "OFFLINE");
            sale(c, tid, batch, 2, beforeGap, lastContact.minusSeconds(59), "ONLINE");

            // Arrivals are read once they are settled (1 s in the ITs), by this run or the job's.
            detectUntil(c, terminalId, lastContact, 1);
            gaps = gapsSince(c, terminalId, lastContact);
            assertThat(gaps).as("the two records of one silence are one gap").hasSize(1);
            assertThat(((Timestamp) gaps.get(0).get("ended_at")).toInstant()).isEqualTo(back);
            assertThat(((Number) gaps.get(0).get("offline_transactions")).intValue()).isEqualTo(1);

            // The settlement's batch upload brings one more sale made during the silence.
            sale(c, tid, batch, 3, inGap.plusSeconds(1), Instant.now(), "BATCH_UPLOAD");
            detectUntil(c, terminalId, lastContact, 2);
            detection.detect();
            gaps = gapsSince(c, terminalId, lastContact);
            assertThat(gaps).hasSize(1);
            assertThat(((Number) gaps.get(0).get("offline_transactions")).intValue()).isEqualTo(2);
            assertThat(alerts(c, tid, lastContact)).hasSize(1);
            assertThat(Rows.count(c, "select count(*) from offline_gap where terminal_id = ? and started_at > ?",
                    terminalId, Timestamp.from(lastContact))).as("no gap after it: the terminal is back").isZero();
        }
    }

    @Test
    void aTerminalThatNeverMadeContactHasNoGap() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "OG", "Gap detection merchant", 1, 2, 0, "it-gaps", "it-gaps-pw-1");
            long terminalId = Rows.count(c, "select id from terminal where tid = ?", tenant.tids.get(1));
            Rows.update(c, "update terminal set last_contact_at = null, online_until = null, connected = false"
                    + " where id = ?", terminalId);

            detection.detect();

            assertThat(Rows.count(c, "select count(*) from offline_gap where terminal_id = ?", terminalId)).isZero();
        }
    }

    private void detectUntil(Connection c, long terminalId, Instant start, int offline) throws Exception {
        long end = System.nanoTime() + 15_000_000_000L;
        while (true) {
            detection.detect();
            List<Map<String, Object>> gaps = gapsSince(c, terminalId, start);
            if (gaps.size() == 1 && gaps.get(0).get("ended_at") != null
                    && ((Number) gaps.get(0).get("offline_transactions")).intValue() == offline) {
                return;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("within 15 s, not one closed gap with " + offline + " offline sales: " + gaps);
            }
            Thread.sleep(300);
        }
    }

    private static List<Map<String, Object>> gapsSince(Connection c, long terminalId, Instant from) throws Exception {
        return Rows.list(c, "select id, started_at, ended_at, offline_transactions, alerted_at from offline_gap"
                + " where terminal_id = ? and started_at = ?", terminalId, Timestamp.from(from));
    }

    private static List<Map<String, Object>> alerts(Connection c, String tid, Instant since) throws Exception {
        return Rows.list(c, "select occurrences, merchant_id from alert where kind = 'TERMINAL_OFFLINE'"
                + " and cause_key = ?", tid + "@" + since.toEpochMilli());
    }

    private static void sale(Connection c, String tid, int batch, int stan, LocalDateTime terminalTime,
                             Instant receivedAt, String origin) throws Exception {
        Rows.update(c, "insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan,"
                        + " type, status, processing_code, amount_minor, currency, card_bin, card_last4, entry_mode,"
                        + " terminal_time, received_at, response_code, origin)"
                        + " select ?, merchant_id, store_id, id, tid, ?, ?, 'SALE', 'APPROVED', '000000', 1500, '156',"
                        + " '622202', '7788', '071', ?, ?, '00', ? from terminal where tid = ?",
                Rows.next(c, "card_transaction_seq"), batch, "%06d".formatted(stan), Timestamp.valueOf(terminalTime),
                Timestamp.from(receivedAt), origin, tid);
    }
}

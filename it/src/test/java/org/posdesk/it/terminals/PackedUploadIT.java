package org.posdesk.it.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.connector.codec.Frame;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * An unbalanced settlement followed by a packed batch upload, byte by byte over TCP: entries
 * the journal holds are confirmed, a missing one is stored, and no full card number reaches the
 * database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PackedUploadIT {

    private static final String PAN_A = "6222021234567890127";
    private static final String PAN_B = "4111111111111111";
    private static final String PAN_C = "6222029876543210123";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void aPackedUploadConfirmsWhatPosdeskHasAndAddsWhatItLacks() throws Exception {
        TestTenant tenant;
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "PU", "Packed upload merchant", 1, 1, 0, "it-pu-user", "it-password-pu");
        }
        String tid = tenant.tids.get(0);
        String mid = "ITPU00000000000";
        String batch = "%06d".formatted(100 + (int) (System.currentTimeMillis() / 1000 % 800_000));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));

        try (RawTerminal terminal = new RawTerminal(tid)) {
            assertThat(code(terminal.exchange(advice(tid, mid, batch, "000001", 1500, now).withPan(PAN_A)))).isEqualTo("00");
            assertThat(code(terminal.exchange(advice(tid, mid, batch, "000002", 2500, now).withPan(PAN_B)))).isEqualTo("00");

            // The terminal also holds 000003 (PAN_C, 3000), whose advice never arrived.
            Frame settlement = terminal.exchange(IsoMessage.of("0500").with(11, "000004").with(41, tid)
                    .with(42, mid).with(49, "156").with(60, "00" + batch + "201")
                    .with(48, block(4500, 2) + block(2500, 1)));
            assertThat(code(settlement)).isEqualTo("00");
            assertThat(settlement.message().text(48).orElseThrow()).satisfies(totals -> {
                assertThat(totals.charAt(30)).isEqualTo('2');
                assertThat(totals.charAt(61)).isEqualTo('1');
            });

            Frame upload = terminal.exchange(OutboundMessage.of(IsoMessage.of("0320").with(11, "000005")
                            .with(41, tid).with(42, mid).with(60, "00" + batch + "201"))
                    .withUploadEntry(false, "000001", PAN_A, "%012d".formatted(1500))
                    .withUploadEntry(true, "000002", PAN_B, "%012d".formatted(2500))
                    .withUploadEntry(false, "000003", PAN_C, "%012d".formatted(3000)));
            assertThat(code(upload)).isEqualTo("00");

            Frame end = terminal.exchange(IsoMessage.of("0320").with(11, "000006").with(41, tid).with(42, mid)
                    .with(48, "0003").with(60, "00" + batch + "202"));
            assertThat(code(end)).isEqualTo("00");
        }

        assertThat(rows(tid, batch)).containsExactly(
                "000001 ONLINE confirmed 622202 0127 1500",
                "000002 ONLINE confirmed 411111 1111 2500",
                "000003 BATCH_UPLOAD confirmed 622202 0123 3000");
        assertThat(batchState(tid, batch)).isEqualTo("UPLOADED");
        assertThat(journalHolds(PAN_A.substring(6, 15))).isFalse();
    }

    private static OutboundMessage advice(String tid, String mid, String batch, String stan, long amount,
                                          LocalDateTime at) {
        return OutboundMessage.of(IsoMessage.of("0220").with(3, "000000").with(4, "%012d".formatted(amount))
                .with(11, stan).with(12, at.format(DateTimeFormatter.ofPattern("HHmmss")))
                .with(13, at.format(DateTimeFormatter.ofPattern("MMdd"))).with(22, "071")
                .with(37, "4031120" + stan.substring(1)).with(38, "A" + stan.substring(1)).with(39, "00")
                .with(41, tid).with(42, mid).with(49, "156").with(60, "22" + batch + "000"));
    }

    /** One totals block of field 48: debit amount, debit count, no credits, result digit 0. */
    private static String block(long debit, int count) {
        return "%012d%03d%012d%03d0".formatted(debit, count, 0, 0);
    }

    private static String code(Frame reply) {
        return reply.message().text(39).orElse("--");
    }

    private static List<String> rows(String tid, String batch) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select stan, origin, confirmed_by_upload, card_bin, card_last4, amount_minor from card_transaction"
                        + " where tid = ? and batch_number = ? order by stan")) {
            s.setString(1, tid);
            s.setInt(2, Integer.parseInt(batch));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + (r.getBoolean(3) ? "confirmed" : "unconfirmed")
                            + " " + r.getString(4) + " " + r.getString(5) + " " + r.getLong(6));
                }
            }
        }
        return rows;
    }

    private static String batchState(String tid, String batch) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select b.state from batch b join terminal t on t.id = b.terminal_id where t.tid = ? and b.batch_number = ?")) {
            s.setString(1, tid);
            s.setInt(2, Integer.parseInt(batch));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static boolean journalHolds(String middleDigits) throws SQLException {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select count(*) from card_transaction where concat_ws('|', card_bin, card_last4, rrn, auth_code,"
                        + " order_number) like ?")) {
            s.setString(1, "%" + middleDigits + "%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }
}

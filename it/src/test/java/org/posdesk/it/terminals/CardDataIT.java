package org.posdesk.it.terminals;

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
import java.sql.ResultSetMetaData;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.OutboundMessage;
import org.posdesk.it.CardDataScanner;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * A full card number sent by a terminal leaves no trace beyond BIN and last four: not in any
 * column of the journal row, not in the server log, not in the search API or its CSV export.
 * The test sends its own advice with a card number no other test uses, so it needs no other
 * test to have run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardDataIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void aFullCardNumberIsKeptNowhereButAsBinAndLastFour() throws Exception {
        TestTenant tenant;
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "CD", "Card data merchant", 1, 1, 0, "it-cd-user", "it-password-cd");
        }
        String tid = tenant.tids.get(0);
        // A number unique to this run: its middle digits can only have come from here.
        String middle = "%09d".formatted(System.nanoTime() % 1_000_000_000L);
        String pan = "623456" + middle + "4321";
        String batch = "%06d".formatted(100 + (int) (System.currentTimeMillis() / 1000 % 800_000));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        Path log = Path.of(System.getProperty("posdesk.server.base"), "log", "server.log");
        long logBefore = Files.exists(log) ? Files.size(log) : 0;

        try (RawTerminal terminal = new RawTerminal(tid)) {
            IsoMessage advice = IsoMessage.of("0220").with(3, "000000").with(4, "%012d".formatted(8800))
                    .with(11, "000001").with(12, now.format(DateTimeFormatter.ofPattern("HHmmss")))
                    .with(13, now.format(DateTimeFormatter.ofPattern("MMdd"))).with(22, "071")
                    .with(37, "777000000001").with(38, "CD0001").with(39, "00").with(41, tid)
                    .with(42, "ITCD00000000000").with(49, "156").with(60, "22" + batch + "000");
            assertThat(terminal.exchange(OutboundMessage.of(advice).withPan(pan)).message().text(39)).hasValue("00");
        }

        List<String> row = journalRow(tid, Integer.parseInt(batch));
        assertThat(row).as("the stored row").contains("623456", "4321");
        assertThat(String.join("|", row)).doesNotContain(middle);

        String logAdded = Files.exists(log) ? tail(log, logBefore) : "";
        assertThat(logAdded).as("server log since the advice").doesNotContain(middle).doesNotContain(pan);

        String basic = "Basic " + Base64.getEncoder().encodeToString("it-cd-user:it-password-cd"
                .getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("api/transactions?tid=" + tid, "api/transactions/export?tid=" + tid)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path))
                    .header("Authorization", basic).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("4321").doesNotContain(middle);
            CardDataScanner.assertClean(path, response.body());
        }
    }

    /** Every column of the journal row, as text. */
    private static List<String> journalRow(String tid, int batch) throws Exception {
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement(
                "select * from card_transaction where tid = ? and batch_number = ? and stan = '000001'")) {
            s.setString(1, tid);
            s.setInt(2, batch);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("the advice was stored").isTrue();
                ResultSetMetaData meta = r.getMetaData();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(r.getObject(i)));
                }
                return values;
            }
        }
    }

    private static String tail(Path file, long from) throws Exception {
        byte[] all = Files.readAllBytes(file);
        int start = (int) Math.min(all.length, Math.max(0, from));
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }
}

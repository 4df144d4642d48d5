package org.posdesk.it.terminals;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
import org.posdesk.it.TerminalFleet;
import org.posdesk.it.TestTenant;

/**
 * After a day of sales with full card numbers on the wire (simulated terminals, plus one advice
 * whose number only this run knows), no column of any table and no line of the server log holds a
 * card number or track data (rule: {@link CardDataScanner}), and no column exists that is made to
 * hold a CVV, PIN or track. The whole database is swept, not just this run's rows: a card number
 * any other test or code path left behind fails here too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardDataSweepIT {

    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "json", "enum", "set", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob");
    // A column named for sensitive authentication data, which may never be stored after authorisation.
    private static final Pattern FORBIDDEN_COLUMN = Pattern.compile(
            "(^|_)(cvv2?|cvc2?|cvn2?|pin|pin_?block|track[12]?|track_?data|magstripe|service_code)(_|$)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void aDayOfFullCardNumbersLeavesNoneInTheDatabaseOrTheLog() throws Exception {
        TestTenant tenant;
        try (Connection c = Database.connect()) {
            // Three terminals for the simulator, the fourth for the advice, so neither upsets the other's batch.
            tenant = TestTenant.ensure(c, "KS", "Card sweep merchant", 1, 4, 0, "it-ks-user", "it-password-ks");
        }
        String batch = String.valueOf(1 + System.currentTimeMillis() / 1000 % 900_000);
        TerminalFleet sim = new TerminalFleet("card-sweep");
        TerminalFleet.Result day = sim.run("--scenario", "normal-day", "--mid", "ITKS00000000000",
                "--tid-prefix", "KS0001", "--terminals", "3",
                "--sales", "15", "--seed", String.valueOf(System.nanoTime() % 10_000), "--heartbeat", "2",
                "--pause-ms", "5", "--first-batch", batch);
        assertThat(day.exitCode()).as(day.output()).isZero();
        String middle = "%09d".formatted(System.nanoTime() % 1_000_000_000L);
        sendAdvice(tenant.tids.get(3), "411111" + middle, "%06d".formatted(Integer.parseInt(batch)));

        List<String> dataColumns = new ArrayList<>();
        try (Connection c = Database.connect()) {
            assertThat(journalRows(c, tenant)).as("the day reached the journal").isGreaterThanOrEqualTo(3 * 15);
            for (String[] column : textColumns(c)) {
                String name = column[0] + "." + column[1];
                assertThat(column[1].toLowerCase()).as("a column for sensitive authentication data: " + name)
                        .doesNotContainPattern(FORBIDDEN_COLUMN);
                sweep(c, column[0], column[1], middle);
                dataColumns.add(name);
            }
        }
        assertThat(dataColumns).as("columns swept")
                .contains("card_transaction.card_bin", "card_transaction.card_last4");

        Path log = Path.of(System.getProperty("posdesk.server.base"), "log", "server.log");
        String logText = Files.readString(log, StandardCharsets.ISO_8859_1);
        assertThat(logText).as("server log").doesNotContain(middle);
        CardDataScanner.assertClean("server log " + log, logText);
    }

    /** An advice carrying a Luhn-valid Visa number whose middle digits only this run knows. */
    private static void sendAdvice(String tid, String panWithoutCheck, String batch) throws Exception {
        String pan = panWithoutCheck + checkDigit(panWithoutCheck);
        assertThat(CardDataScanner.looksLikeCard(pan)).isTrue();
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai"));
        try (RawTerminal terminal = new RawTerminal(tid)) {
            IsoMessage advice = IsoMessage.of("0220").with(3, "000000").with(4, "%012d".formatted(4200))
                    .with(11, "000901").with(12, now.format(DateTimeFormatter.ofPattern("HHmmss")))
                    .with(13, now.format(DateTimeFormatter.ofPattern("MMdd"))).with(22, "071")
                    .with(37, "778000000901").with(38, "KS0901").with(39, "00").with(41, tid)
                    .with(42, "ITKS00000000000").with(49, "156").with(60, "22" + batch + "000");
            assertThat(terminal.exchange(OutboundMessage.of(advice).withPan(pan)).message().text(39)).hasValue("00");
        }
    }

    private static char checkDigit(String digits) {
        for (char d = '0'; d <= '9'; d++) {
            if (CardDataScanner.luhnValid(digits + d)) {
                return d;
            }
        }
        throw new IllegalStateException();
    }

    /** {table, column} of every character and binary column of the schema under test. */
    private static List<String[]> textColumns(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select table_name, column_name, data_type"
                + " from information_schema.columns where table_schema = database() order by table_name, column_name");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (TEXT_TYPES.contains(r.getString(3).toLowerCase())) {
                    columns.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
        }
        return columns;
    }

    /**
     * The database narrows each column to values with 13 digits in a row or this run's card digits;
     * the scanner decides on those. Binary values are read byte for byte as Latin-1.
     */
    private static void sweep(Connection c, String table, String column, String middle) throws SQLException {
        String sql = "select `%s` from `%s` where `%s` regexp '[0-9]{13}' or `%s` like ?"
                .formatted(column, table, column, column);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, "%" + middle + "%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byte[] bytes = r.getBytes(1);
                    String value = new String(bytes, StandardCharsets.UTF_8);
                    String where = table + "." + column;
                    assertThat(value).as(where + " holds this run's card digits").doesNotContain(middle);
                    CardDataScanner.assertClean(where, value);
                    CardDataScanner.assertClean(where, new String(bytes, StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    private static long journalRows(Connection c, TestTenant tenant) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select count(*) from card_transaction where merchant_id = ?")) {
            s.setLong(1, tenant.merchantId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

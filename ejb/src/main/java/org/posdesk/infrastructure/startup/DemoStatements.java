package org.posdesk.infrastructure.startup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.posdesk.application.statement.format.FixedWidthWriter;
import org.posdesk.application.statement.format.StatementProfiles;
import org.posdesk.infrastructure.config.Settings;

/**
 * Demo only: plays the acquirer. For each of the six days before today that the demo's terminals
 * have played and that has no statement yet, it writes a UnionPay ACOMN file of the day's approved
 * sales and refunds into the statement drop folder, where the pick-up job imports it like any acquirer's file
 * and the reconciliation job matches it. Yesterday's file carries four planted faults (see
 * {@link DemoStatementLines}), so the reconciliation pages have discrepancies to show.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoStatements {

    static final String PROFILE = "unionpay-acomn";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    /** A day counts as played once nothing of it has arrived for this long. */
    private static final Duration QUIET = Duration.ofMinutes(2);

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;

    public static boolean isDemo() {
        return "true".equalsIgnoreCase(System.getenv("POSDESK_DEMO"));
    }

    public String writeDueFiles() throws SQLException, IOException {
        if (!isDemo()) {
            return "not a demo";
        }
        Path folder = dropFolder().resolve(PROFILE);
        LocalDate today = LocalDate.now(SHANGHAI);
        List<String> written = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (int back = 6; back >= 1; back--) {
                LocalDate day = today.minusDays(back);
                String name = "IND" + day.format(YYMMDD) + "01ACOMN";
                if (known(c, folder, name)) {
                    continue;
                }
                List<DemoStatementLines.Sale> sales = sales(c, day);
                if (!sales.isEmpty() && played(c, day)) {
                    write(folder, name, DemoStatementLines.lines(sales, back == 1));
                    written.add(name);
                }
            }
        }
        return written.isEmpty() ? "no statement due" : "wrote " + written;
    }

    static Path dropFolder() {
        return Settings.get("statement.drop").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("jboss.server.data.dir", "."), "statements"));
    }

    private static boolean known(Connection c, Path folder, String name) throws SQLException {
        if (Files.exists(folder.resolve(name)) || Files.exists(folder.resolve("rejected").resolve(name + ".sealed"))) {
            return true;
        }
        try (PreparedStatement s = c.prepareStatement("select count(*) from statement where file_name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getLong(1) > 0;
            }
        }
    }

    /** UnionPay's clearing day D runs from 23:00 of D-1 to 23:00 of D (statements.md, gotcha 4). */
    private static List<DemoStatementLines.Sale> sales(Connection c, LocalDate day) throws SQLException {
        List<DemoStatementLines.Sale> sales = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select t.type, t.tid, m.mid, t.rrn, t.stan, t.amount_minor, t.card_bin,"
                + " t.card_last4, t.terminal_time from card_transaction t join merchant m on m.id = t.merchant_id"
                + " where t.terminal_time >= ? and t.terminal_time < ? and t.type in ('SALE', 'REFUND') and t.status = 'APPROVED'"
                + " and t.rrn is not null order by t.terminal_time, t.id")) {
            s.setTimestamp(1, Timestamp.valueOf(day.minusDays(1).atTime(23, 0)));
            s.setTimestamp(2, Timestamp.valueOf(day.atTime(23, 0)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sales.add(new DemoStatementLines.Sale(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getLong(6), r.getString(7), r.getString(8),
                            r.getTimestamp(9).toLocalDateTime()));
                }
            }
        }
        return sales;
    }

    private static boolean played(Connection c, LocalDate day) throws SQLException {
        // received_at holds UTC instants: compared by the database with its own UTC clock.
        try (PreparedStatement s = c.prepareStatement("select coalesce(max(received_at) < utc_timestamp(3) - interval "
                + QUIET.toSeconds() + " second, false) from card_transaction where terminal_time >= ? and terminal_time < ?")) {
            s.setTimestamp(1, Timestamp.valueOf(day.minusDays(1).atTime(23, 0)));
            s.setTimestamp(2, Timestamp.valueOf(day.atTime(23, 0)));
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    // Written beside, then moved in: the pick-up job never sees half a file.
    private static void write(Path folder, String name, List<Map<String, String>> lines) throws IOException {
        Files.createDirectories(folder);
        FixedWidthWriter writer = new FixedWidthWriter(StatementProfiles.builtIn().find(PROFILE).orElseThrow());
        Path part = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            for (Map<String, String> line : lines) {
                out.write(writer.line(line, false));
            }
        }
        Files.move(part, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}

package org.posdesk.bench;

import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.SplittableRandom;
import org.posdesk.application.statement.format.FixedWidthWriter;
import org.posdesk.application.statement.format.Fixtures;
import org.posdesk.application.statement.format.StatementProfile;
import org.posdesk.application.statement.format.StatementProfiles;

/**
 * The statement benchmark (issue 7): generates a UnionPay ACOMN statement of LINES lines (GBK,
 * CRLF, 34-field records, every tenth a 39-field one with an order id) and a journal of the same
 * card transactions (20,000 terminals of one merchant, one batch each) with a few planted
 * differences, then in the same run (1) a bare {@code LOAD DATA LOCAL INFILE} of the file into
 * an empty copy of {@code statement_line}, the fields cut out by SQL, (2) the import through the
 * running server's real service, by dropping the file into the statement-pickup folder and
 * reading the import row's start and end, and (3) the server's matching of that statement (the
 * reconciliation job, scheduled every second), timed by its run row. Prints import, match, both,
 * and (import + match) / LOAD DATA; asserts nothing.
 *
 * <p>Planted: every 100,000th line (from 50,000) is a fen off in the journal, every 100,000th
 * (from 70,000) is missing from it, every 100,000th (from 90,000) has another RRN in the journal
 * (found by the tolerant trace pass), and {@link #EXTRA} journal entries are on no line.
 *
 * <p>Usage: {@code StatementBenchmark URL USER PASSWORD DROP_FOLDER WORK_DIR LINES} (the URL with
 * {@code allowLocalInfile=true}).
 */
public final class StatementBenchmark {

    private static final String PROFILE = "unionpay-acomn";
    private static final String[] BINS = {"622202", "621700", "622848", "436742", "520000"};
    private static final int TERMINALS = 20_000;
    private static final int EXTRA = 10;
    private static final String MID = "898310099990001";
    private static final String[] TYPES = {"SALE", "SALE", "SALE", "SALE", "SALE", "SALE", "SALE", "VOID", "REFUND",
            "PRE_AUTH_COMPLETION"};

    private StatementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path drop = Path.of(args[3]);
        Path work = Files.createDirectories(Path.of(args[4]));
        int lines = Integer.parseInt(args[5]);
        LocalDate clearing = LocalDate.of(2026, 11, 21);
        String name = "IND" + clearing.format(DateTimeFormatter.ofPattern("yyMMdd")) + "01ACOMN";
        Path file = work.resolve(name);

        long t0 = System.nanoTime();
        Generated generated = generate(file, lines, clearing);
        System.out.printf("generated %s: %,d lines, %,d bytes in %.1f s%n", name, lines, Files.size(file),
                seconds(System.nanoTime() - t0));

        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            long t1 = System.nanoTime();
            long journal = StatementJournal.load(c, generated, clearing, TERMINALS, MID, EXTRA);
            System.out.printf("journal: %,d card transactions on %,d terminals loaded in %.1f s%n", journal, TERMINALS,
                    seconds(System.nanoTime() - t1));
            double floor = loadLines(c, file);
            System.out.printf("bare LOAD DATA LOCAL INFILE, each line into one column of an empty table (no"
                    + " fields cut): %.2f s%n", floor);
            double bare = loadData(c, file, clearing);
            System.out.printf("bare LOAD DATA LOCAL INFILE into an empty copy of statement_line, fields cut by SQL:"
                    + " %.2f s%n", bare);

            Path target = Files.createDirectories(drop.resolve(PROFILE)).resolve(name);
            Path staging = target.resolveSibling("." + name + ".part");
            Files.copy(file, staging, StandardCopyOption.REPLACE_EXISTING);
            long dropped = System.nanoTime();
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            ImportTimes times = awaitImport(c, name, Duration.ofMinutes(15));
            double wall = seconds(System.nanoTime() - dropped);
            System.out.printf("import through posdesk (statement-pickup job -> StatementImports): %s, %,d lines"
                    + " imported in %.2f s (server: hash pass + parse + load + commit); %.2f s from the drop"
                    + " (includes waiting for the job's next firing and the folder's settle time)%n",
                    times.state, times.imported, times.seconds, wall);
            MatchTimes match = awaitMatch(c, times.statementId, Duration.ofMinutes(30));
            System.out.printf("match through posdesk (reconciliation job -> StatementMatcher): %.2f s; %s%n",
                    match.seconds, match.figures);
            double total = times.seconds + match.seconds;
            System.out.printf("RESULT lines=%d loaddata=%.2f s import=%.2f s match=%.2f s import+match=%.2f s"
                    + " ratio=(import+match)/loaddata=%.2f (import alone %.2f; over the one-column load %.2f)"
                    + " (targets: under 15 s, ratio <= 3)%n", lines, bare, times.seconds, match.seconds, total,
                    total / bare, times.seconds / bare, total / floor);
        }
    }

    /** What the journal needs of each generated line: its terminal, type and amount (the rest follows from i). */
    record Generated(int lines, int[] terminal, byte[] type, int[] amount, String[] types) {
    }

    private static Generated generate(Path file, int lines, LocalDate clearing) throws Exception {
        StatementProfile profile = StatementProfiles.builtIn().find(PROFILE).orElseThrow();
        FixedWidthWriter writer = new FixedWidthWriter(profile);
        SplittableRandom random = new SplittableRandom(7);
        LocalDateTime start = clearing.minusDays(1).atTime(23, 0);
        Generated g = new Generated(lines, new int[lines], new byte[lines], new int[lines], TYPES);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (int i = 0; i < lines; i++) {
                int typeIndex = random.nextInt(TYPES.length);
                String type = TYPES[typeIndex];
                String pan = BINS[random.nextInt(BINS.length)] + "%013d".formatted(random.nextLong(10_000_000_000_000L));
                LocalDateTime time = start.plusSeconds(i % 86_400);
                int terminal = random.nextInt(TERMINALS);
                int amount = 100 + random.nextInt(1_000_000);
                g.terminal()[i] = terminal;
                g.type()[i] = (byte) typeIndex;
                g.amount()[i] = amount;
                Map<String, String> v = Fixtures.acomn(type, "B%07d".formatted(terminal), MID, "%012d".formatted(i),
                        "%06d".formatted(i % 1_000_000), amount, pan, time);
                if (!type.equals("SALE") && !type.startsWith("PRE")) {
                    Fixtures.withOriginal(v, "%06d".formatted((i + 999_999) % 1_000_000), time.minusMinutes(5));
                }
                boolean longRecord = i % 10 == 0;
                if (longRecord) {
                    v.put("orderId", "ORD%012d".formatted(i));
                }
                out.write(writer.line(v, longRecord));
            }
        }
        return g;
    }

    /** The floor: the file's lines as they are, into a one-column table, nothing parsed or indexed. */
    private static double loadLines(Connection c, Path file) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_statement_raw");
            s.execute("create table bench_statement_raw (line varbinary(512) not null) engine=InnoDB");
            long t0 = System.nanoTime();
            try (InputStream in = new FileInputStream(file.toFile())) {
                s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
                s.executeUpdate("load data local infile 'statement' into table bench_statement_raw"
                        + " fields terminated by '\\t' escaped by '' lines terminated by '\\r\\n' (line)");
            }
            double seconds = seconds(System.nanoTime() - t0);
            s.execute("drop table bench_statement_raw");
            return seconds;
        }
    }

    /**
     * The same fields SQL-side: substring offsets are the profile's (1-based here), the year is
     * the clearing date's (no line in this file crosses a new year).
     */
    private static double loadData(Connection c, Path file, LocalDate clearing) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_statement_line");
            s.execute("create table bench_statement_line like statement_line");
            s.execute("alter table bench_statement_line modify id bigint not null auto_increment");
            s.execute("set @n = 0");
            long t0 = System.nanoTime();
            try (InputStream in = new FileInputStream(file.toFile())) {
                s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
                s.executeUpdate("load data local infile 'statement' into table bench_statement_line character set latin1"
                        + " lines terminated by '\\r\\n' (@l) set statement_id = 1, line_number = (@n := @n + 1),"
                        + " tid = trim(substring(@l, 119, 8)), mid = trim(substring(@l, 128, 15)),"
                        + " rrn = trim(substring(@l, 144, 12)), stan = substring(@l, 25, 6),"
                        + " type = case concat(substring(@l, 102, 4), substring(@l, 107, 2))"
                        + "   when '020000' then if(substring(@l, 157, 2) = '06', 'PRE_AUTH_COMPLETION', 'SALE')"
                        + "   when '020020' then 'VOID' when '022020' then 'REFUND' else 'OTHER' end,"
                        + " amount_minor = substring(@l, 63, 12) + 0, currency = 'CNY',"
                        + " card_bin = substring(@l, 43, 6), card_last4 = right(trim(substring(@l, 43, 19)), 4),"
                        + " auth_code = nullif(trim(substring(@l, 160, 6)), ''),"
                        + " transaction_time = str_to_date(concat('" + clearing.getYear() + "', substring(@l, 32, 10)),"
                        + " '%Y%m%d%H%i%s'), original_stan = nullif(substring(@l, 179, 6), '000000'),"
                        + " debit_credit = substring(@l, 219, 1), order_number = nullif(trim(substring(@l, 324, 40)), '')");
            }
            double seconds = seconds(System.nanoTime() - t0);
            try (ResultSet r = s.executeQuery("select count(*) from bench_statement_line")) {
                r.next();
                System.out.printf("  (bare load: %,d rows)%n", r.getLong(1));
            }
            s.execute("drop table bench_statement_line");
            return seconds;
        }
    }

    private record ImportTimes(String state, long imported, double seconds, long statementId) {
    }

    private record MatchTimes(double seconds, String figures) {
    }

    private static MatchTimes awaitMatch(Connection c, long statementId, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = c.prepareStatement("select timestampdiff(microsecond, started_at, finished_at) / 1e6,"
                    + " matched_count, amount_mismatch_count, missing_in_posdesk_count, missing_at_acquirer_count,"
                    + " duplicate_count, batches_reconciled, batches_discrepant from reconciliation_run"
                    + " where statement_id = ? order by id desc limit 1")) {
                s.setLong(1, statementId);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return new MatchTimes(r.getDouble(1), ("matched %,d, amount mismatch %d, missing in posdesk %d,"
                                + " missing at the acquirer %d, duplicate %d; batches reconciled %,d, discrepant %,d")
                                .formatted(r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6),
                                        r.getLong(7), r.getLong(8)));
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("statement " + statementId + " was not matched within " + limit);
    }

    private static ImportTimes awaitImport(Connection c, String name, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        String lastProgress = "";
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = c.prepareStatement("select state, lines_imported, bytes_read, size_bytes,"
                    + " timestampdiff(microsecond, started_at, coalesce(finished_at, updated_at)) / 1e6, message,"
                    + " statement_id from statement_import where file_name = ? order by started_at desc limit 1")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        String state = r.getString(1);
                        if (!state.equals("RUNNING")) {
                            if (r.getString(6) != null) {
                                System.out.println("  (import message: " + r.getString(6) + ")");
                            }
                            return new ImportTimes(state, r.getLong(2), r.getDouble(5), r.getLong(7));
                        }
                        String progress = "  (progress: %,d of %,d bytes)".formatted(r.getLong(3), r.getLong(4));
                        if (!progress.equals(lastProgress)) {
                            System.out.println(progress);
                            lastProgress = progress;
                        }
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the import of " + name + " did not end within " + limit);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}

package org.posdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.posdesk.domain.user.PasswordHasher;

/**
 * Fills a posdesk database with a big journal for the portal benchmark: ten merchants, one of
 * them large (40 stores, 1,000 terminals, about 60% of the rows), thirteen months of days with a
 * batch per terminal and day, and the rows streamed into MariaDB with LOAD DATA LOCAL INFILE from
 * a generator thread (nothing is written to disk, the heap stays flat).
 * <p>
 * The data is shaped like the demo's: day-time sales with some at night, voids and refunds,
 * offline and batch-uploaded entries, a third of the sales naming an order, a few flagged.
 * Deterministic for a given row count (fixed seed), so runs compare.
 *
 * <p>Usage: {@code JournalGenerator URL USER PASSWORD ROWS} — the URL needs {@code allowLocalInfile=true}.
 * Creates the user {@code bench-merchant} / {@code bench-password} for the large merchant and
 * {@code bench-agent} / {@code bench-password} who sees all.
 */
public final class JournalGenerator {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int DAYS = 395;
    static final String PASSWORD = "bench-password";
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String[] BINS = {"622202", "621700", "622848", "436742", "411111", "520000", "356800"};

    private JournalGenerator() {
    }

    record TerminalRow(long id, long merchantId, long storeId, String tid, double weight) {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[3]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            long started = System.nanoTime();
            List<TerminalRow> terminals = tenants(c);
            long batches = loadBatches(c, terminals);
            long loaded = loadJournal(c, terminals, rows);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("generated %,d journal rows and %,d batches for %,d terminals in %.0f s (%,.0f rows/s)%n",
                    loaded, batches, terminals.size(), seconds, loaded / seconds);
        }
    }

    /** Ten merchants; the first one large. Returns every terminal with its share of the rows. */
    static List<TerminalRow> tenants(Connection c) throws SQLException {
        c.setAutoCommit(false);
        List<TerminalRow> terminals = new ArrayList<>();
        long userId = next(c, "app_user_seq", 1);
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        for (int m = 1; m <= 10; m++) {
            boolean large = m == 1;
            int stores = large ? 40 : 5;
            int perStore = large ? 25 : 10;
            long merchantId = next(c, "merchant_seq", 1);
            update(c, "insert into merchant (id, mid, name, created_at) values (?, ?, ?, now(3))", merchantId,
                    "BENCH%010d".formatted(m), large ? "基准大商户 Bench large merchant" : "基准商户 Bench merchant " + m);
            double weight = large ? 0.6 / (stores * perStore) : 0.4 / (9.0 * stores * perStore);
            for (int s = 1; s <= stores; s++) {
                long storeId = next(c, "store_seq", 1);
                update(c, "insert into store (id, merchant_id, code, name) values (?, ?, ?, ?)", storeId, merchantId,
                        "S%02d".formatted(s), "门店 Store %02d".formatted(s));
                for (int t = 1; t <= perStore; t++) {
                    long terminalId = next(c, "terminal_seq", 1);
                    String tid = "B%02d%02d%03d".formatted(m, s, t);
                    update(c, "insert into terminal (id, tid, merchant_id, store_id, serial_number, model,"
                                    + " tmk_encrypted, mak_encrypted, current_batch_number, created_at)"
                                    + " values (?, ?, ?, ?, ?, 'bench', x'00', x'00', ?, now(3))",
                            terminalId, tid, merchantId, storeId, "SN-" + tid, DAYS);
                    terminals.add(new TerminalRow(terminalId, merchantId, storeId, tid, weight));
                }
            }
            if (large) {
                update(c, "insert into app_user (id, username, display_name, password_hash, role, merchant_id,"
                        + " created_at) values (?, 'bench-merchant', 'Bench merchant user', ?, 'MERCHANT', ?, now(3))",
                        userId, hash, merchantId);
                update(c, "insert into app_user (id, username, display_name, password_hash, role, created_at)"
                        + " values (?, 'bench-agent', 'Bench agent', ?, 'AGENT', now(3))", userId + 1, hash);
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return terminals;
    }

    /** One batch per terminal and day: settled and balanced, a few left incomplete, today's open. */
    static long loadBatches(Connection c, List<TerminalRow> terminals) throws Exception {
        long count = (long) terminals.size() * DAYS;
        long firstId = next(c, "batch_seq", count);
        LocalDate today = LocalDate.now(ZONE).minusDays(1);
        return load(c, "batch (id, merchant_id, terminal_id, batch_number, state, opened_at, settled_at, currency,"
                + " needs_attention)", out -> {
            long id = firstId;
            SplittableRandom random = new SplittableRandom(7);
            for (TerminalRow t : terminals) {
                for (int day = 0; day < DAYS; day++) {
                    LocalDate date = today.minusDays(DAYS - 1 - day);
                    boolean open = day == DAYS - 1;
                    String state = open ? "OPEN" : random.nextInt(500) == 0 ? "UPLOAD_INCOMPLETE"
                            : random.nextInt(50) == 0 ? "UPLOADED" : "BALANCED";
                    String opened = utc(date.atTime(7, 0));
                    line(out, id++, t.merchantId(), t.id(), day + 1, state, opened,
                            open ? "\\N" : utc(date.atTime(23, 0)), "156", 0);
                }
            }
        });
    }

    static long loadJournal(Connection c, List<TerminalRow> terminals, long rows) throws Exception {
        long firstId = next(c, "card_transaction_seq", rows);
        // The days end yesterday: a generated sale must not lie in the future.
        LocalDate today = LocalDate.now(ZONE).minusDays(1);
        return load(c, "card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number, stan, rrn,"
                + " auth_code, type, status, processing_code, amount_minor, currency, card_bin, card_last4, card_brand,"
                + " entry_mode, terminal_time, received_at, response_code, origin, confirmed_by_upload, order_number,"
                + " anomaly)", out -> {
            SplittableRandom random = new SplittableRandom(42);
            long id = firstId;
            long written = 0;
            for (int day = 0; day < DAYS && written < rows; day++) {
                LocalDate date = today.minusDays(DAYS - 1 - day);
                for (TerminalRow t : terminals) {
                    // Each terminal's share of the day, at least one sale now and then.
                    double expected = rows * t.weight() / DAYS;
                    int n = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
                    LocalDateTime at = date.atTime(8, 0).plusSeconds(random.nextInt(600));
                    for (int s = 1; s <= n && written < rows; s++) {
                        at = at.plusSeconds(1 + random.nextInt(Math.max(2, 50_400 / Math.max(1, n))));
                        LocalDateTime when = random.nextInt(40) == 0 ? date.atTime(random.nextInt(5), random.nextInt(60))
                                : at;
                        journalLine(out, random, id++, t, day + 1, s, when);
                        written++;
                    }
                }
            }
        });
    }

    private static void journalLine(OutputStream out, SplittableRandom random, long id, TerminalRow t, int batch,
                                    int stan, LocalDateTime when) throws IOException {
        int roll = random.nextInt(100);
        String type = roll < 94 ? "SALE" : roll < 97 ? "VOID" : "REFUND";
        String status = type.equals("SALE") && random.nextInt(40) == 0 ? "VOIDED" : "APPROVED";
        int originRoll = random.nextInt(100);
        String origin = originRoll < 93 ? "ONLINE" : originRoll < 98 ? "OFFLINE" : "BATCH_UPLOAD";
        long amount = 100 + (long) Math.exp(random.nextDouble() * 11.5);
        String bin = BINS[random.nextInt(BINS.length)];
        String order = type.equals("SALE") && random.nextInt(3) == 0 ? "ORD" + t.merchantId() + "-" + id : "\\N";
        LocalDateTime received = origin.equals("ONLINE") ? when.plusSeconds(1) : when.plusHours(1 + random.nextInt(20));
        line(out, id, t.merchantId(), t.storeId(), t.id(), t.tid(), batch, "%06d".formatted(stan),
                "%012d".formatted(id % 1_000_000_000_000L), "%06d".formatted(random.nextInt(1_000_000)), type, status,
                type.equals("REFUND") ? "200000" : type.equals("VOID") ? "020000" : "000000", amount, "156", bin,
                "%04d".formatted(random.nextInt(10_000)), bin.startsWith("4") ? "VISA" : bin.startsWith("5") ? "MC"
                        : bin.startsWith("35") ? "JCB" : "UPI", "071", when.format(SQL_TIME), utc(received), "00",
                origin, origin.equals("ONLINE") ? 0 : 1, order, random.nextInt(200) == 0 ? 1 : 0);
    }

    @FunctionalInterface
    interface Rows {
        void write(OutputStream out) throws IOException;
    }

    /** Streams generated lines into a LOAD DATA LOCAL INFILE: nothing on disk, memory flat. */
    static long load(Connection c, String tableAndColumns, Rows rows) throws Exception {
        PipedInputStream in = new PipedInputStream(1 << 20);
        PipedOutputStream pipe = new PipedOutputStream(in);
        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try (OutputStream out = new java.io.BufferedOutputStream(pipe, 1 << 16)) {
                rows.write(out);
            } catch (Exception e) {
                failure.set(e);
            }
        }, "journal-generator");
        writer.start();
        long loaded;
        try (Statement s = c.createStatement()) {
            s.execute("set unique_checks = 0, foreign_key_checks = 0");
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
            loaded = s.executeUpdate("load data local infile 'generated' into table " + tableAndColumns);
            s.execute("set unique_checks = 1, foreign_key_checks = 1");
        } finally {
            writer.join();
            closeQuietly(in);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return loaded;
    }

    private static void line(OutputStream out, Object... values) throws IOException {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            b.append(values[i]);
        }
        b.append('\n');
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String utc(LocalDateTime local) {
        return local.atZone(ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().format(SQL_TIME);
    }

    /** Reserves {@code count} ids past everything the sequence handed out, and moves it beyond them. */
    static long next(Connection c, String sequence, long count) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select nextval(" + sequence + ")")) {
            r.next();
            long first = r.getLong(1) + 1_000;
            s.execute("select setval(" + sequence + ", " + (first + count + 1_000) + ")");
            return first;
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the load is over either way
        }
    }
}

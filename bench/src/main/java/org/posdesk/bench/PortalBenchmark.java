package org.posdesk.bench;

import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.posdesk.domain.journal.JournalCursor;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.Origin;
import org.posdesk.infrastructure.persistence.JournalSql;

/**
 * The portal under a big journal: server-side p50/p95 of the first page of five typical searches
 * and of page 1,000 of one of them (the {@code Server-Timing} of {@code GET /api/transactions},
 * which is the portal's own search service), the same SQL on plain JDBC as the baseline measured
 * in the same run, the dashboard page as a signed-in merchant sees it, and a million-row CSV
 * export with the server's heap sampled meanwhile (by the caller, see bench/portal).
 * Prints figures; asserts nothing.
 *
 * <p>Usage: {@code PortalBenchmark BASE_URL JDBC_URL USER PASSWORD [REPETITIONS]}
 */
public final class PortalBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String USER = "bench-merchant";
    private static final int PAGE = 50;

    private final String base;
    private final Connection db;
    private final int repetitions;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String basic = "Basic " + Base64.getEncoder()
            .encodeToString((USER + ":" + JournalGenerator.PASSWORD).getBytes(StandardCharsets.UTF_8));

    private PortalBenchmark(String base, Connection db, int repetitions) {
        this.base = base;
        this.db = db;
        this.repetitions = repetitions;
    }

    record Search(String name, Map<String, String> params, JournalFilter filter) {
    }

    public static void main(String[] args) throws Exception {
        try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
            new PortalBenchmark(args[0], db, args.length > 4 ? Integer.parseInt(args[4]) : 30).run();
        }
    }

    private void run() throws Exception {
        long merchant = single("select id from merchant where mid = 'BENCH0000000001'");
        long rows = single("select count(*) from card_transaction");
        System.out.printf("journal: %,d rows; searches as %s (merchant %d), %d runs each after 3 warm-ups%n",
                rows, USER, merchant, repetitions);
        LocalDateTime now = LocalDateTime.now(ZONE).withNano(0);
        List<Search> searches = searches(merchant, now);
        System.out.printf("%-34s %12s %12s %12s %12s%n", "search (first page of 50)", "server p50", "server p95",
                "JDBC p50", "JDBC p95");
        for (Search search : searches) {
            report(search.name(), timeApi(search.params()), timeJdbc(search.filter(), null));
        }
        Search week = searches.get(0);
        JournalCursor deep = cursorAt(week.filter(), 999L * PAGE);
        Map<String, String> deepParams = new LinkedHashMap<>(week.params());
        deepParams.put("after", deep.terminalTime() + "_" + deep.id());
        report("page 1,000 of '" + week.name() + "'", timeApi(deepParams), timeJdbc(week.filter(), deep));
        dashboard();
        export(merchant, now);
    }

    private List<Search> searches(long merchant, LocalDateTime now) throws Exception {
        List<Search> searches = new ArrayList<>();
        JournalFilter all = JournalFilter.window(now.minusMonths(13), now, merchant, null);
        searches.add(search("last 7 days, no criteria", now.minusDays(7), now,
                JournalFilter.window(now.minusDays(7), now, merchant, null), Map.of()));
        // A real row six months back gives a card, an amount and an RRN that exist.
        Map<String, Object> sample = row("select tid, terminal_id, card_last4, amount_minor, rrn from card_transaction"
                + " where merchant_id = ? and terminal_time < ? order by terminal_time desc limit 1", merchant,
                now.minusMonths(6));
        long amount = ((Number) sample.get("amount_minor")).longValue();
        searches.add(search("13 months, last four + amount", now.minusMonths(13), now,
                all.withAmount(amount, amount).withReferences((String) sample.get("card_last4"), null, null, null, null),
                Map.of("last4", (String) sample.get("card_last4"), "minAmount", "" + amount, "maxAmount", "" + amount)));
        searches.add(search("30 days, one terminal", now.minusDays(30), now,
                JournalFilter.window(now.minusDays(30), now, merchant, null)
                        .withTerminal(((Number) sample.get("terminal_id")).longValue()),
                Map.of("tid", (String) sample.get("tid"))));
        searches.add(search("90 days, offline sales", now.minusDays(90), now,
                JournalFilter.window(now.minusDays(90), now, merchant, null).withKind(null, null, Origin.OFFLINE),
                Map.of("origin", "OFFLINE")));
        searches.add(search("13 months, one RRN", now.minusMonths(13), now,
                all.withReferences(null, (String) sample.get("rrn"), null, null, null),
                Map.of("rrn", (String) sample.get("rrn"))));
        return searches;
    }

    private static Search search(String name, LocalDateTime from, LocalDateTime to, JournalFilter filter,
                                 Map<String, String> criteria) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("from", from.toString());
        params.put("to", to.toString());
        params.putAll(criteria);
        return new Search(name, params, filter);
    }

    /** Server-side milliseconds of each call, from its Server-Timing header. */
    private double[] timeApi(Map<String, String> params) throws Exception {
        StringBuilder query = new StringBuilder("size=" + PAGE);
        params.forEach((k, v) -> query.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        URI uri = URI.create(base + "/api/transactions?" + query);
        double[] times = new double[repetitions];
        for (int i = -3; i < repetitions; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", basic).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": " + response.body());
            }
            String timing = response.headers().firstValue("Server-Timing").orElseThrow();
            if (i >= 0) {
                times[i] = Double.parseDouble(timing.substring(timing.indexOf("dur=") + 4));
            }
        }
        return times;
    }

    private double[] timeJdbc(JournalFilter filter, JournalCursor after) throws Exception {
        double[] times = new double[repetitions];
        for (int i = -3; i < repetitions; i++) {
            long started = System.nanoTime();
            try (PreparedStatement s = JournalSql.page(filter, after, PAGE + 1).prepare(db);
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    JournalSql.read(r);
                }
            }
            if (i >= 0) {
                times[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        return times;
    }

    private JournalCursor cursorAt(JournalFilter filter, long offset) throws Exception {
        JournalCursor cursor = null;
        long skipped = 0;
        // Walks the keyset a big page at a time, as the portal's pager would, page by page.
        while (skipped < offset) {
            int chunk = (int) Math.min(5_000, offset - skipped);
            JournalCursor last = null;
            try (PreparedStatement s = JournalSql.page(filter, cursor, chunk).prepare(db); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    var row = JournalSql.read(r);
                    last = new JournalCursor(row.terminalTime(), row.id());
                }
            }
            if (last == null) {
                throw new IllegalStateException("the search holds fewer than " + offset + " rows");
            }
            cursor = last;
            skipped += chunk;
        }
        return cursor;
    }

    private void dashboard() throws Exception {
        signIn();
        URI uri = URI.create(base + "/dashboard.xhtml");
        double[] times = new double[repetitions];
        for (int i = -3; i < repetitions; i++) {
            long started = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || !page.body().contains("count-terminals")) {
                throw new IllegalStateException("dashboard answered " + page.statusCode());
            }
            if (i >= 0) {
                times[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        System.out.printf("%-34s %12s %12s   (whole page over HTTP on this host)%n", "dashboard",
                ms(percentile(times, 50)), ms(percentile(times, 95)));
    }

    private void signIn() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "login-form=login-form&username=" + USER + "&password=" + JournalGenerator.PASSWORD
                + "&sign-in=&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        http.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** A window of the large merchant that holds about a million rows, exported as one CSV. */
    private void export(long merchant, LocalDateTime now) throws Exception {
        LocalDateTime from = now.minusDays(1);
        long selected = 0;
        while (selected < 1_000_000 && from.isAfter(now.minusMonths(13))) {
            from = from.minusDays(7);
            selected = single("select count(*) from card_transaction where merchant_id = " + merchant
                    + " and terminal_time >= '" + from + "' and terminal_time < '" + now + "'");
        }
        URI uri = URI.create(base + "/api/transactions/export?from=" + from + "&to=" + now);
        System.out.printf("export: %,d rows (%s to %s), CSV streamed%n", selected, from.toLocalDate(), now.toLocalDate());
        System.out.println("export-start");
        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).header("Authorization", basic).GET()
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        AtomicLong lines = new AtomicLong();
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines.incrementAndGet();
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.println("export-end");
        System.out.printf("export: status %d, %,d data rows, %,d MB in %.1f s (%,.0f rows/s)%n", response.statusCode(),
                lines.get() - 1, bytes >> 20, seconds, (lines.get() - 1) / seconds);
    }

    private static void report(String name, double[] server, double[] jdbc) {
        System.out.printf("%-34s %12s %12s %12s %12s%n", name, ms(percentile(server, 50)), ms(percentile(server, 95)),
                ms(percentile(jdbc, 50)), ms(percentile(jdbc, 95)));
    }

    private static String ms(double value) {
        return "%.1f ms".formatted(value);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private long single(String sql) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private Map<String, Object> row(String sql, Object... params) throws Exception {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                }
                return row;
            }
        }
    }
}

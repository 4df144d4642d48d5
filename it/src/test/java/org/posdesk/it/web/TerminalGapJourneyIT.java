package org.posdesk.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.posdesk.it.Database;
import org.posdesk.it.Deployments;
import org.posdesk.it.TerminalFleet;
import org.posdesk.it.TestTenant;

/**
 * The journey "see a terminal's offline gap with its offline sales": the simulator plays its
 * outages scenario against the deployed adapter — the second terminal loses its connection for
 * a while, sells offline and forwards those sales when it is back — the scheduled offline-gap job
 * turns that silence into a gap, and the merchant opens the terminal's page in a real browser:
 * the gap is in the table and on the chart with exactly the offline sales the journal holds for
 * it. Another merchant's user gets "not found" for the same page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalGapJourneyIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String USER = "it-web-gaps";
    private static final String PASSWORD = "it-web-gaps-pw-1";
    private static final String OTHER = "it-web-gaps-other";
    private static final String OTHER_PASSWORD = "it-web-gaps-pw-2";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.posdesk();
    }

    @Test
    void aMerchantSeesTheOfflineGapOfATerminalWithTheOfflineSalesMadeInIt() throws Exception {
        TestTenant tenant;
        int batch;
        try (Connection c = Database.connect()) {
            tenant = TestTenant.ensure(c, "TG", "离线测试商户 Gap merchant", 1, 2, 0, USER, PASSWORD);
            TestTenant.ensure(c, "TH", "Another gap merchant", 1, 1, 0, OTHER, OTHER_PASSWORD);
            // A 2 s heartbeat: a silence over 6 s is a gap, so a short outage makes one.
            update(c, "update terminal set heartbeat_interval_seconds = 2 where merchant_id = ?", tenant.merchantId);
            batch = unusedBatch(c, tenant.tids);
        }
        String tid = tenant.tids.get(1);
        Instant started = Instant.now();

        TerminalFleet fleet = new TerminalFleet("terminal-gap-journey");
        TerminalFleet.Result day = fleet.run("--scenario", "outages", "--mid", "IT" + "TG" + "00000000000",
                "--tid-prefix", "TG0001", "--terminals", "2", "--sales", "12", "--pause-ms", "3000",
                "--heartbeat", "1", "--seed", "21", "--first-batch", String.valueOf(batch));
        assertThat(day.exitCode()).as(day.output()).isZero();

        long gapId;
        List<String> offlineStans;
        long offlineAllGaps;
        try (Connection c = Database.connect()) {
            gapId = awaitClosedGapWithSales(c, tid, started);
            offlineStans = offlineStans(c, gapId, tid, batch);
            // The list counts every gap of the terminal, earlier runs' included (the database is kept).
            offlineAllGaps = sumOfflineSales(c, tid);
        }
        assertThat(offlineStans).as("the outage's offline sales").isNotEmpty();

        try (Browser browser = new Browser()) {
            signIn(browser, USER, PASSWORD);
            browser.open(app("terminals.xhtml"));
            assertThat(browser.text(".pd-offline-late[data-tid='" + tid + "']"))
                    .isEqualTo(String.valueOf(offlineAllGaps));

            browser.open(app("terminal.xhtml?tid=" + tid));
            assertThat(browser.text("#terminal-tid")).isEqualTo(tid);
            browser.find("#gap-chart");
            String gap = "[data-gap='" + gapId + "']";
            assertThat(browser.has("rect.pd-gap-band" + gap)).as("the gap on the chart").isTrue();
            assertThat(browser.driver().findElements(By.cssSelector("line.pd-offline-sale" + gap)))
                    .as("one mark per offline sale").hasSize(offlineStans.size());
            assertThat(browser.text("tr.pd-gap-row" + gap + " .pd-gap-offline-count"))
                    .isEqualTo(String.valueOf(offlineStans.size()));
            List<String> shown = new ArrayList<>();
            for (WebElement sale : browser.driver().findElements(By.cssSelector("li.pd-offline-sale-row" + gap))) {
                shown.add(sale.getAttribute("data-stan"));
            }
            assertThat(shown).containsExactlyInAnyOrderElementsOf(offlineStans);
            browser.screenshot("terminal-gap-journey");
        }

        try (Browser browser = new Browser()) {
            signIn(browser, OTHER, OTHER_PASSWORD);
            browser.open(app("terminal.xhtml?tid=" + tid));
            assertThat(browser.find("#terminal-not-found").isDisplayed()).isTrue();
            assertThat(browser.has("#gap-chart")).isFalse();
            assertThat(browser.has("#ask-now")).as("nothing to ask of another merchant's terminal").isFalse();
        }
    }

    private static long awaitClosedGapWithSales(Connection c, String tid, Instant since) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (true) {
            try (PreparedStatement s = c.prepareStatement("select g.id from offline_gap g join terminal t"
                    + " on t.id = g.terminal_id where t.tid = ? and g.started_at >= ? and g.ended_at is not null"
                    + " and g.offline_transactions > 0 order by g.started_at desc limit 1")) {
                s.setString(1, tid);
                s.setTimestamp(2, Timestamp.from(since));
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return r.getLong(1);
                    }
                }
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no closed offline gap with offline sales for " + tid + " in 45 s");
            }
            Thread.sleep(500);
        }
    }

    /**
     * The STANs of the journal entries the gap's definition counts, straight from MariaDB: terminal
     * time (Shanghai wall clock) inside the gap, arrived as offline sales or after the gap ended.
     */
    private static List<String> offlineStans(Connection c, long gapId, String tid, int batch) throws SQLException {
        Instant from;
        Instant to;
        try (PreparedStatement s = c.prepareStatement("select started_at, ended_at from offline_gap where id = ?")) {
            s.setLong(1, gapId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                from = r.getTimestamp(1).toInstant();
                to = r.getTimestamp(2).toInstant();
            }
        }
        List<String> stans = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select stan from card_transaction where tid = ?"
                + " and batch_number >= ? and terminal_time between ? and ?"
                + " and (origin = 'OFFLINE' or received_at > ?) order by stan")) {
            s.setString(1, tid);
            s.setInt(2, batch);
            s.setTimestamp(3, Timestamp.valueOf(LocalDateTime.ofInstant(from, SHANGHAI)));
            s.setTimestamp(4, Timestamp.valueOf(LocalDateTime.ofInstant(to, SHANGHAI)));
            s.setTimestamp(5, Timestamp.from(to));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stans.add(r.getString(1).trim());
                }
            }
        }
        return stans;
    }

    private static long sumOfflineSales(Connection c, String tid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce(sum(g.offline_transactions), 0)"
                + " from offline_gap g join terminal t on t.id = g.terminal_id where t.tid = ?")) {
            s.setString(1, tid);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void signIn(Browser browser, String user, String password) {
        browser.open(app("dashboard.xhtml"));
        browser.type("#username", user);
        browser.type("#password", password);
        browser.clickAndWaitForPage("#sign-in");
        browser.find("#user-name");
    }

    private static String app(String path) {
        return "http://127.0.0.1:" + System.getProperty("posdesk.http.port") + "/posdesk/" + path;
    }

    private static int unusedBatch(Connection c, List<String> tids) throws SQLException {
        int highest = 0;
        for (String tid : tids) {
            try (PreparedStatement s = c.prepareStatement("select greatest(coalesce((select max(batch_number) from"
                    + " card_transaction where tid = ?), 0), (select current_batch_number from terminal where tid = ?))")) {
                s.setString(1, tid);
                s.setString(2, tid);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    highest = Math.max(highest, r.getInt(1));
                }
            }
        }
        return highest + 1;
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}

package org.posdesk.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.order.ImportMessages;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;
import org.posdesk.application.order.ImportReport;
import org.posdesk.application.order.OrderImport;
import org.posdesk.application.order.OrderSearch;
import org.posdesk.application.order.OrderService;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.orders.OrderFiles;

/**
 * Importing orders from a merchant's cashier or ERP: every bad row is reported with its row and
 * column and then nothing at all is imported; a good file goes in whole; the same file twice
 * changes nothing; a large file streams through; and nobody imports into another merchant.
 */
@ExtendWith(ArquillianExtension.class)
class OrderImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(OrderImportIT.class, OrderTenants.withCallers(OrderFiles.class));
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private AsMerchantA asMerchantA;
    @EJB
    private AsMerchantB asMerchantB;
    @EJB
    private AsMerchantAStore2 asMerchantAStore2;
    @EJB
    private AsAgent asAgent;
    @EJB
    private OrderImport imports;
    @EJB
    private OrderService orders;

    private TestTenant a;
    private TestTenant b;

    @BeforeEach
    void tenants() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            a = OrderTenants.merchantA(c);
            b = OrderTenants.merchantB(c);
        }
    }

    @Test
    void badRowsAreReportedWithRowAndColumnAndNothingIsImported() throws Exception {
        String p = OrderFiles.freshPrefix("B");
        String file = OrderFiles.HEADER
                + p + "-1,S1,12.50,CNY,2026-01-05 10:00:00\n"
                + p + "-2,S1,12,50,CNY,2026-01-05 10:00:00\n" // row 3: a decimal comma splits the row
                + p + "-3,S9,8.00,,\n"                      // row 4: no such store
                + p + "-4,S2,abc,,2026-13-01 10:00\n"       // row 5: amount and time both wrong
                + p + "-1,S2,1.00,,\n"                      // row 6: number already in row 2
                + ",S1,1.00,,\n";                           // row 7: number missing

        ImportReport report = asMerchantA.call(() -> imports.importCsv(p + ".csv", OrderFiles.csv(file), "it"));

        assertThat(report.committed()).isFalse();
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, null, Code.FIELD_COUNT),
                        org.assertj.core.groups.Tuple.tuple(4L, "store", Code.STORE_UNKNOWN),
                        org.assertj.core.groups.Tuple.tuple(5L, "amount", Code.AMOUNT_FORMAT),
                        org.assertj.core.groups.Tuple.tuple(5L, "ordered_at", Code.ORDERED_AT_FORMAT),
                        org.assertj.core.groups.Tuple.tuple(6L, "order_number", Code.DUPLICATE_IN_FILE),
                        org.assertj.core.groups.Tuple.tuple(7L, "order_number", Code.REQUIRED));
        ImportProblem duplicate = report.problems().get(4);
        assertThat(ImportMessages.line(duplicate, Locale.ENGLISH)).isEqualTo(
                "Row 6 · order_number: Order number \"" + p + "-1\" already appears in row 2.");
        assertThat(ImportMessages.line(duplicate, Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "第 6 行 · order_number: 订单号“" + p + "-1”在第 2 行已出现过。");
        assertThat(storedWithPrefix(p)).isZero();
        assertThat(lastAudit("it-svc-merchant-a")).startsWith("FAILURE CSV " + p + ".csv: rows=6");
    }

    @Test
    void oneBadRowAmongManyImportsNothingEvenFromChunksAlreadyWritten() throws Exception {
        String p = OrderFiles.freshPrefix("C");
        StringBuilder file = new StringBuilder(OrderFiles.HEADER);
        for (int i = 1; i <= 1_500; i++) {
            file.append(p).append('-').append(i).append(",S1,").append(i == 1_234 ? "-5" : "9.99").append(",,\n");
        }

        ImportReport report = asMerchantA.call(() -> imports.importCsv("one-bad.csv", OrderFiles.csv(file.toString()), "it"));

        assertThat(report.committed()).isFalse();
        assertThat(report.problemCount()).isEqualTo(1);
        assertThat(report.problems().get(0).row()).isEqualTo(1_235);
        assertThat(report.created()).isZero();
        assertThat(storedWithPrefix(p)).isZero();
    }

    @Test
    void aGoodFileGoesInWholeAndSendingItAgainChangesNothing() throws Exception {
        String p = OrderFiles.freshPrefix("G");
        String file = "\uFEFF" + OrderFiles.HEADER
                + p + "-1,S1,12.50,CNY,2026-01-05 10:00:00\n"
                + p + "-2,,0.01,cny,\n"
                + "\"" + p + "-3\",S2,\"100\",,2026-01-05T10:00+08:00\n";

        ImportReport first = asMerchantA.call(() -> imports.importCsv(p + ".csv", OrderFiles.csv(file), "it"));
        ImportReport again = asMerchantA.call(() -> imports.importCsv(p + ".csv", OrderFiles.csv(file), "it"));
        String changed = OrderFiles.HEADER + p + "-2,,0.02,CNY,\n";
        ImportReport conflicting = asMerchantA.call(() -> imports.importCsv(p + "-changed.csv", OrderFiles.csv(changed), "it"));

        assertThat(first.committed()).isTrue();
        assertThat(first.problems()).isEmpty();
        assertThat(first.created()).isEqualTo(3);
        assertThat(again.committed()).isTrue();
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(conflicting.committed()).isFalse();
        assertThat(conflicting.problems()).extracting(ImportProblem::code).containsExactly(Code.EXISTS_DIFFERENT);
        assertThat(conflicting.problems().get(0).detail()).isEqualTo("0.01 CNY");
        assertThat(storedWithPrefix(p)).isEqualTo(3);
        assertThat(amountOf(p + "-2")).isEqualTo(1);
        assertThat(amountOf(p + "-3")).isEqualTo(10_000);
        assertThat(lastAudit("it-svc-merchant-a")).startsWith("FAILURE CSV " + p + "-changed.csv");
        assertThat(countAudit("SUCCESS CSV " + p + ".csv: rows=3 created=3")).isEqualTo(1);
    }

    @Test
    void fiftyThousandRowsStreamThroughInOneTransaction() throws Exception {
        String p = OrderFiles.freshPrefix("L");
        long started = System.nanoTime();

        ImportReport report = asMerchantA.call(
                () -> imports.importCsv("large.csv", OrderFiles.generated(p, "S2", 50_000), "it"));

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("imported 50,000 order rows in %d ms%n", millis);
        assertThat(report.problems()).isEmpty();
        assertThat(report.committed()).isTrue();
        assertThat(report.created()).isEqualTo(50_000);
        assertThat(storedWithPrefix(p)).isEqualTo(50_000);
        assertThat(millis).as("50,000 rows in reasonable time").isLessThan(180_000);
        OrderSearch mine = new OrderSearch(null, p, null, null, null, null, null, null);
        assertThat(asMerchantA.call(() -> orders.count(mine))).isEqualTo(OrderService.COUNT_CAP);
    }

    @Test
    void nobodyImportsIntoAnotherMerchant() throws Exception {
        String p = OrderFiles.freshPrefix("S");
        String file = OrderFiles.HEADER + p + "-1,S1,5.00,,\n";

        ImportReport mine = asMerchantA.call(() -> imports.importCsv("a.csv", OrderFiles.csv(file), "it"));
        // B's own store S1 is B's, not A's: the same file makes B an order of B's own.
        ImportReport theirs = asMerchantB.call(() -> imports.importCsv("b.csv",
                OrderFiles.csv(OrderFiles.HEADER + p + "-1,S1,7.00,,\n"), "it"));
        ImportReport storeOfA = asMerchantB.call(() -> imports.importCsv("b2.csv",
                OrderFiles.csv(OrderFiles.HEADER + p + "-2,S2,7.00,,\n"), "it"));
        ImportReport otherStore = asMerchantAStore2.call(() -> imports.importCsv("s2.csv",
                OrderFiles.csv(OrderFiles.HEADER + p + "-3,S1,7.00,,\n" + p + "-4,,7.00,,\n"), "it"));

        assertThat(mine.committed()).isTrue();
        assertThat(theirs.committed()).isTrue();
        assertThat(storeOfA.problems()).extracting(ImportProblem::code).containsExactly(Code.STORE_UNKNOWN);
        assertThat(otherStore.problems()).extracting(ImportProblem::code)
                .containsExactly(Code.STORE_NOT_YOURS, Code.STORE_REQUIRED);
        assertThat(merchantOf(p + "-1")).containsExactlyInAnyOrder(a.merchantId, b.merchantId);
        assertThat(amountOf(a.merchantId, p + "-1")).isEqualTo(500);
        assertThat(storedWithPrefix(p)).isEqualTo(2);
        assertThatThrownBy(() -> asAgent.call(() -> imports.importCsv("x.csv", OrderFiles.csv(file), "it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importCsv("x.csv", OrderFiles.csv(file), "it"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() throws Exception {
        byte[] gbk = (OrderFiles.HEADER + "G1,门店,1.00,,\n").getBytes(java.nio.charset.Charset.forName("GBK"));

        ImportReport report = asMerchantA.call(() -> imports.importCsv("gbk.csv",
                new java.io.ByteArrayInputStream(gbk), "it"));

        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::code).containsExactly(Code.FILE_NOT_UTF8);
    }

    private long storedWithPrefix(String prefix) throws SQLException {
        return single("select count(*) from merchant_order where order_number like ?", prefix + "-%");
    }

    private long amountOf(String number) throws SQLException {
        return single("select amount_minor from merchant_order where merchant_id = ? and order_number = ?",
                a.merchantId, number);
    }

    private long amountOf(long merchantId, String number) throws SQLException {
        return single("select amount_minor from merchant_order where merchant_id = ? and order_number = ?",
                merchantId, number);
    }

    private List<Long> merchantOf(String number) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select merchant_id from merchant_order where order_number = ?")) {
            s.setString(1, number);
            try (ResultSet r = s.executeQuery()) {
                List<Long> ids = new java.util.ArrayList<>();
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
                return ids;
            }
        }
    }

    private String lastAudit(String user) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select outcome, detail from audit_entry where username = ?"
                     + " and event = 'ORDER_IMPORT' order by chain_position desc limit 1")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) + " " + r.getString(2) : "";
            }
        }
    }

    private long countAudit(String outcomeAndDetailPrefix) throws SQLException {
        return single("select count(*) from audit_entry where event = 'ORDER_IMPORT'"
                + " and concat(outcome, ' ', detail) like ?", outcomeAndDetailPrefix + "%");
    }

    private long single(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}

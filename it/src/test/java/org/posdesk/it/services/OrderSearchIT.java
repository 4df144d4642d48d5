package org.posdesk.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.order.Highlight;
import org.posdesk.application.order.ImportReport;
import org.posdesk.application.order.OrderDetail;
import org.posdesk.application.order.OrderImport;
import org.posdesk.application.order.OrderPage;
import org.posdesk.application.order.OrderRow;
import org.posdesk.application.order.OrderSearch;
import org.posdesk.application.order.OrderService;
import org.posdesk.application.order.PaymentView;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.orders.OrderFiles;

/**
 * Finding orders: the two highlights (left unpaid, paid without an order), an order with its
 * payments, keyset pages that neither skip nor repeat while orders arrive, filters, the caller's
 * scope, and an index behind each search.
 */
@ExtendWith(ArquillianExtension.class)
class OrderSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(OrderSearchIT.class, OrderTenants.withCallers(OrderFiles.class));
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

    @BeforeEach
    void tenants() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            a = OrderTenants.merchantA(c);
            OrderTenants.merchantB(c);
        }
    }

    @Test
    void unpaidOrdersAndPaymentsWithoutAnOrderAreHighlighted() throws Exception {
        String p = OrderFiles.freshPrefix("H");
        Instant now = Instant.now();
        insertOrder(p + "-OLD", "S1", 1_000, "UNPAID", "CSV", now.minus(Duration.ofHours(2)), true);
        insertOrder(p + "-NEW", "S1", 2_000, "UNPAID", "ERP", now.minusSeconds(5), true);
        long paid = insertOrder(p + "-PAY", "S2", 3_000, "PAID", "PAYMENT", now.minus(Duration.ofHours(1)), false);
        insertPayment(p + "-PAY", 3_000);

        assertThat(numbers(asMerchantA.call(() -> search(Highlight.UNPAID_OVERDUE, p)))).containsExactly(p + "-OLD");
        assertThat(numbers(asMerchantA.call(() -> search(Highlight.PAID_WITHOUT_ORDER, p)))).containsExactly(p + "-PAY");
        List<OrderRow> all = asMerchantA.call(() -> search(Highlight.NONE, p)).rows();
        assertThat(all).extracting(OrderRow::orderNumber).containsExactly(p + "-NEW", p + "-PAY", p + "-OLD");
        assertThat(all).extracting(OrderRow::highlight)
                .containsExactly(Highlight.NONE, Highlight.PAID_WITHOUT_ORDER, Highlight.UNPAID_OVERDUE);
        assertThat(all.get(1).storeCode()).isEqualTo("S2");

        OrderDetail detail = asMerchantA.call(() -> orders.order(paid));
        assertThat(detail.merchantSentAt()).isNull();
        assertThat(detail.payments()).hasSize(1);
        PaymentView payment = detail.payments().get(0);
        assertThat(payment.maskedCard()).isEqualTo("622202******0123");
        assertThat(payment.amountMinor()).isEqualTo(3_000);
        assertThat(payment.tid()).isEqualTo(a.tids.get(2));

        // The merchant's ERP sends the order late, with what the payment paid: no longer highlighted.
        ImportReport late = asMerchantA.call(() -> imports.importCsv(p + ".csv",
                OrderFiles.csv("order_number,amount\n" + p + "-PAY,30.00\n"), "it"));
        assertThat(late.confirmed()).isEqualTo(1);
        assertThat(asMerchantA.call(() -> search(Highlight.PAID_WITHOUT_ORDER, p)).rows()).isEmpty();
        assertThat(asMerchantA.call(() -> orders.order(paid)).merchantSentAt()).isNotNull();
    }

    @Test
    void keysetPagesNeitherSkipNorRepeatWhileOrdersArrive() throws Exception {
        String p = OrderFiles.freshPrefix("K");
        StringBuilder file = new StringBuilder("order_number,store,amount,ordered_at\n");
        for (int i = 1; i <= 7; i++) {
            // Four share one time: only the id keeps their order stable.
            file.append(p).append('-').append(i).append(",S1,1.00,2026-01-0").append(i <= 4 ? 1 : i).append(" 09:00\n");
        }
        assertThat(asMerchantA.call(() -> imports.importCsv(p + ".csv", OrderFiles.csv(file.toString()), "it"))
                .committed()).isTrue();
        OrderSearch search = new OrderSearch(null, p, null, null, null, null, null, null);

        List<String> seen = new ArrayList<>();
        OrderPage page = asMerchantA.call(() -> orders.search(search, null, 3));
        seen.addAll(numbers(page));
        int arrived = 0;
        while (page.hasMore()) {
            arrived++;
            insertOrder(p + "-N" + arrived, "S1", 100, "UNPAID", "ERP", Instant.now(), true);
            OrderPage.Cursor cursor = page.next();
            page = asMerchantA.call(() -> orders.search(search, cursor, 3));
            seen.addAll(numbers(page));
        }

        assertThat(seen).containsExactly(p + "-7", p + "-6", p + "-5", p + "-4", p + "-3", p + "-2", p + "-1");
        assertThat(arrived).isEqualTo(2);
        assertThat(numbers(asMerchantA.call(() -> orders.search(search, null, 3)))).containsExactly(
                p + "-N2", p + "-N1", p + "-7");
    }

    @Test
    void filtersNarrowByStoreStatusTimeAndAmount() throws Exception {
        String p = OrderFiles.freshPrefix("F");
        Instant now = Instant.now();
        insertOrder(p + "-1", "S1", 500, "UNPAID", "ERP", now.minus(Duration.ofDays(3)), true);
        insertOrder(p + "-2", "S2", 1_500, "PAID", "ERP", now.minus(Duration.ofDays(2)), true);
        insertOrder(p + "-3", "S2", 2_500, "CANCELLED", "CSV", now.minus(Duration.ofDays(1)), true);
        long s2 = storeId("S2");

        assertThat(numbers(asMerchantA.call(() -> orders.search(
                new OrderSearch(null, p, s2, null, null, null, null, null), null, 50))))
                .containsExactly(p + "-3", p + "-2");
        assertThat(numbers(asMerchantA.call(() -> orders.search(
                new OrderSearch(null, p, null, "PAID", null, null, null, null), null, 50))))
                .containsExactly(p + "-2");
        assertThat(numbers(asMerchantA.call(() -> orders.search(new OrderSearch(null, p, null, null,
                now.minus(Duration.ofHours(60)), now.minus(Duration.ofHours(12)), null, null), null, 50))))
                .containsExactly(p + "-3", p + "-2");
        assertThat(numbers(asMerchantA.call(() -> orders.search(
                new OrderSearch(null, p, null, null, null, null, 1_000L, 2_000L), null, 50))))
                .containsExactly(p + "-2");
        assertThat(asMerchantA.call(() -> orders.count(new OrderSearch(null, p, null, null, null, null, 1L, null))))
                .isEqualTo(3);
        // A prefix holding LIKE's wildcards matches them literally, not as wildcards.
        assertThat(asMerchantA.call(() -> orders.search(
                new OrderSearch(null, p.substring(0, 2) + "%", null, null, null, null, null, null), null, 5)).rows())
                .isEmpty();
    }

    @Test
    void nobodySeesAnotherMerchantsOrdersByIdNumberOrSearch() throws Exception {
        String p = OrderFiles.freshPrefix("I");
        long inS1 = insertOrder(p + "-1", "S1", 100, "UNPAID", "ERP", Instant.now(), true);
        long inS2 = insertOrder(p + "-2", "S2", 100, "UNPAID", "ERP", Instant.now(), true);
        OrderSearch mine = new OrderSearch(null, p, null, null, null, null, null, null);

        assertThat(asMerchantA.call(() -> orders.count(mine))).isEqualTo(2);
        assertThat(asMerchantB.call(() -> orders.search(mine, null, 50)).rows()).isEmpty();
        assertThat(asMerchantB.call(() -> orders.count(mine))).isZero();
        assertThatThrownBy(() -> asMerchantB.call(() -> orders.order(inS1))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("not found");
        assertThatThrownBy(() -> asMerchantB.call(() -> orders.orderByNumber(p + "-1")))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asMerchantB.call(() -> orders.order(Long.MAX_VALUE)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        // Confined to store S2: S1's order is as invisible as another merchant's.
        assertThat(numbers(asMerchantAStore2.call(() -> orders.search(mine, null, 50)))).containsExactly(p + "-2");
        assertThatThrownBy(() -> asMerchantAStore2.call(() -> orders.order(inS1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(asMerchantAStore2.call(() -> orders.order(inS2)).order().orderNumber()).isEqualTo(p + "-2");
        assertThat(asMerchantAStore2.call(() -> orders.stores())).extracting(s -> s.code()).containsExactly("S2");
        assertThat(asAgent.call(() -> orders.order(inS1)).order().merchantId()).isEqualTo(a.merchantId);
        assertThat(asAgent.call(() -> orders.stores())).isEmpty();
    }

    @Test
    void everySearchShapeReadsAnIndexInOrderWithoutSorting() throws Exception {
        ensureOrderVolume(20_000);
        long merchant = a.merchantId;
        long s1 = storeId("S1");
        String order = " order by o.created_at desc, o.id desc limit 51";
        assertIndexed("select o.* from merchant_order o where o.merchant_id = " + merchant + order,
                "ix_merchant_order_merchant_time");
        // Where nearly every order is UNPAID (as here) the time index filters as well as the status one.
        assertIndexed("select o.* from merchant_order o where o.merchant_id = " + merchant
                + " and o.status = 'UNPAID' and o.created_at < now()" + order,
                "ix_merchant_order_merchant_status_time", "ix_merchant_order_merchant_time");
        assertIndexed("select o.* from merchant_order o where o.merchant_id = " + merchant
                + " and o.source = 'PAYMENT' and o.merchant_sent_at is null" + order,
                "ix_merchant_order_merchant_source_time");
        // A store holding much of the merchant's orders is read as well along the merchant's time index.
        assertIndexed("select o.* from merchant_order o where o.merchant_id = " + merchant + " and o.store_id in ("
                + s1 + ")" + order, "ix_merchant_order_store_time", "ix_merchant_order_merchant_time");
        assertIndexed("select o.* from merchant_order o where 1 = 1" + order, "ix_merchant_order_time");
        assertIndexed("select o.* from merchant_order o where o.merchant_id = " + merchant
                + " and o.order_number like 'L%'" + order);
    }

    /**
     * On a nearly empty table MariaDB rightly prefers a full scan, which says nothing about a
     * merchant's real volume: the plans are checked on at least this many orders (imported once,
     * kept by the database for later runs) with fresh statistics.
     */
    private void ensureOrderVolume(int orders) throws Exception {
        long present;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from merchant_order"); ResultSet r = s.executeQuery()) {
            r.next();
            present = r.getLong(1);
        }
        if (present < orders) {
            String p = OrderFiles.freshPrefix("V");
            int missing = (int) (orders - present);
            assertThat(asMerchantA.call(() -> imports.importCsv(p + ".csv", OrderFiles.generated(p, "S1", missing),
                    "it")).committed()).isTrue();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "analyze table merchant_order")) {
            s.execute();
        }
    }

    /** @param expected the acceptable indexes; none: any index, but no full scan */
    private void assertIndexed(String sql, String... expected) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("explain " + sql);
             ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            String key = r.getString("key");
            String extra = String.valueOf(r.getString("Extra"));
            System.out.printf("EXPLAIN %s%n  -> type=%s key=%s rows=%s extra=%s%n", sql, r.getString("type"), key,
                    r.getString("rows"), extra);
            assertThat(r.getString("type")).as(sql).isNotEqualTo("ALL");
            if (expected.length > 0) {
                assertThat(key).as(sql).isIn((Object[]) expected);
                assertThat(extra).as(sql).doesNotContain("filesort");
            } else {
                assertThat(key).as(sql).isNotNull();
            }
        }
    }

    private OrderPage search(Highlight view, String prefix) {
        return orders.search(new OrderSearch(view, prefix, null, null, null, null, null, null), null, 50);
    }

    private static List<String> numbers(OrderPage page) {
        return page.rows().stream().map(OrderRow::orderNumber).toList();
    }

    private long storeId(String code) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id from store where merchant_id = ? and code = ?")) {
            s.setLong(1, a.merchantId);
            s.setString(2, code);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long insertOrder(String number, String store, long amount, String status, String source, Instant at,
                             boolean sentByMerchant) throws SQLException {
        long storeId = storeId(store);
        try (Connection c = dataSource.getConnection()) {
            long id = nextval(c, "merchant_order_seq");
            try (PreparedStatement s = c.prepareStatement("insert into merchant_order (id, merchant_id, store_id,"
                    + " order_number, amount_minor, currency, status, source, merchant_sent_at, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?)")) {
                Timestamp time = Timestamp.from(at);
                s.setLong(1, id);
                s.setLong(2, a.merchantId);
                s.setLong(3, storeId);
                s.setString(4, number);
                s.setLong(5, amount);
                s.setString(6, status);
                s.setString(7, source);
                s.setTimestamp(8, sentByMerchant ? time : null);
                s.setTimestamp(9, time);
                s.setTimestamp(10, time);
                s.executeUpdate();
            }
            return id;
        }
    }

    /** A sale on A's third terminal (store S2), three days ago so that no dashboard counts it as today's. */
    private void insertPayment(String orderNumber, long amount) throws SQLException {
        String tid = a.tids.get(2);
        try (Connection c = dataSource.getConnection()) {
            long batch;
            try (PreparedStatement s = c.prepareStatement(
                    "select coalesce(max(batch_number), 1000) + 1 from card_transaction where tid = ?")) {
                s.setString(1, tid);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    batch = r.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into card_transaction (id, merchant_id, store_id,"
                    + " terminal_id, tid, batch_number, stan, rrn, auth_code, type, status, processing_code,"
                    + " amount_minor, currency, card_bin, card_last4, entry_mode, terminal_time, received_at,"
                    + " response_code, origin, order_number)"
                    + " select ?, merchant_id, store_id, id, tid, ?, '000001', '000000000001', '654321', 'SALE',"
                    + " 'APPROVED', '000000', ?, 'CNY', '622202', '0123', '071', ?, ?, '00', 'ONLINE', ?"
                    + " from terminal where tid = ?")) {
                Instant at = Instant.now().minus(Duration.ofDays(3));
                s.setLong(1, nextval(c, "card_transaction_seq"));
                s.setLong(2, batch);
                s.setLong(3, amount);
                s.setTimestamp(4, Timestamp.from(at));
                s.setTimestamp(5, Timestamp.from(at));
                s.setString(6, orderNumber);
                s.setString(7, tid);
                s.executeUpdate();
            }
        }
    }

    private static long nextval(Connection c, String sequence) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select nextval(" + sequence + ")");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}

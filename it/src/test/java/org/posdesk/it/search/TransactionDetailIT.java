package org.posdesk.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.search.TransactionDetail.TrailEvent;
import org.posdesk.application.search.TransactionSearch;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * A transaction's detail: every message that touched it, its batch, terminal and order, and a
 * fixed handful of SQL statements however many refunds and statement lines it has (no N+1).
 */
@ExtendWith(ArquillianExtension.class)
class TransactionDetailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(TransactionDetailIT.class, SearchCallers.BEANS);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @Resource
    private UserTransaction tx;
    @EJB
    private AsMerchantA asA;
    @EJB
    private TransactionSearch search;

    private TestTenant a;
    private SearchWindow window;

    @BeforeEach
    void tenants() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            a = SearchCallers.tenants(c)[0];
            window = SearchWindow.fresh(c);
        }
    }

    @Test
    void theDetailShowsEveryMessageThatTouchedTheTransactionAndWhatSurroundsIt() throws Exception {
        Instant advice = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        String tid = a.tids.get(0);
        String orderNumber = "ORD-D" + window.batch();
        JournalEntry sale;
        JournalEntry refund;
        try (Connection c = dataSource.getConnection()) {
            Surroundings.batch(c, tid, window.batch(), "UPLOADED");
            Surroundings.order(c, a.merchantId, orderNumber, 8800, "PARTIALLY_REFUNDED");
            sale = new JournalEntry(tid, window.batch(), 11, window.at(60)).amount(8800).card("622848", "4321")
                    .references("RRN" + "%09d".formatted(window.batch()), "AU0001", orderNumber).receivedAt(advice)
                    .insert(c);
            refund = new JournalEntry(tid, window.batch(), 12, window.at(90)).amount(1800)
                    .kind("REFUND", "APPROVED", "ONLINE").original(sale.id)
                    .receivedAt(advice.plus(30, ChronoUnit.MINUTES)).insert(c);
            Surroundings.statementLine(c, sale, "UP-" + window.batch() + ".csv", LocalDate.of(2026, 3, 2), 44);
        }

        TransactionDetail detail = asA.call(() -> search.detail(sale.id));

        assertThat(detail.transaction().maskedCard()).isEqualTo("622848****4321");
        assertThat(detail.transaction().amount()).isEqualByComparingTo("88.00");
        assertThat(detail.merchantName()).isEqualTo(a.merchantName);
        assertThat(detail.trail()).extracting(TrailEvent::kind).containsExactly("ADVICE", "REFUND", "STATEMENT_LINE");
        assertThat(detail.trail().get(0).at()).isEqualTo(advice);
        assertThat(detail.trail().get(1).transactionId()).isEqualTo(refund.id);
        assertThat(detail.trail().get(1).amount()).isEqualByComparingTo("18.00");
        assertThat(detail.trail().get(2).reference()).isEqualTo("UP-" + window.batch() + ".csv #1");
        assertThat(detail.trail().get(2).outcome()).isEqualTo("MATCHED");
        assertThat(detail.related()).extracting(r -> r.id()).containsExactly(refund.id);
        assertThat(detail.batch().state()).isEqualTo("UPLOADED");
        assertThat(detail.batch().number()).isEqualTo(window.batch());
        assertThat(detail.terminal().tid()).isEqualTo(tid);
        assertThat(detail.terminal().storeName()).isEqualTo("Store S1");
        assertThat(detail.order().status()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(detail.orderMissing()).isFalse();
        TransactionDetail ofRefund = asA.call(() -> search.detail(refund.id));
        assertThat(ofRefund.original().id()).isEqualTo(sale.id);
    }

    @Test
    void aReversalAndAnUnknownOrderShowOnTheDetail() throws Exception {
        Instant reversedAt = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        JournalEntry sale;
        try (Connection c = dataSource.getConnection()) {
            sale = new JournalEntry(a.tids.get(1), window.batch(), 21, window.at(10))
                    .references(null, null, "NO-SUCH-" + window.batch()).insert(c);
            Surroundings.reversal(c, sale, "98", reversedAt);
        }

        TransactionDetail detail = asA.call(() -> search.detail(sale.id));

        assertThat(detail.trail()).extracting(TrailEvent::kind).containsExactly("ADVICE", "REVERSAL");
        assertThat(detail.trail().get(1).reference()).isEqualTo("98");
        assertThat(detail.trail().get(1).at()).isEqualTo(reversedAt);
        assertThat(detail.order()).isNull();
        assertThat(detail.orderMissing()).isTrue();
        assertThat(detail.batch()).isNull();
    }

    @Test
    void theDetailCostsTheSameStatementsWhateverItsHistory() throws Exception {
        String tid = a.tids.get(2);
        JournalEntry quiet;
        JournalEntry busy;
        try (Connection c = dataSource.getConnection()) {
            Surroundings.batch(c, tid, window.batch(), "OPEN");
            quiet = new JournalEntry(tid, window.batch(), 31, window.at(1)).insert(c);
            busy = new JournalEntry(tid, window.batch(), 32, window.at(2)).amount(10_000).insert(c);
            for (int n = 0; n < 5; n++) {
                new JournalEntry(tid, window.batch(), 40 + n, window.at(3 + n)).amount(100)
                        .kind("REFUND", "APPROVED", "ONLINE").original(busy.id).insert(c);
                Surroundings.statementLine(c, busy, "S" + n + "-" + window.batch() + ".csv", LocalDate.of(2026, 1, 1 + n), 1);
            }
        }
        asA.call(() -> search.detail(quiet.id)); // warms the merchant into the second-level cache

        long forQuiet = statementsFor(quiet.id);
        long forBusy = statementsFor(busy.id);

        assertThat(asA.call(() -> search.detail(busy.id)).trail()).hasSize(11);
        assertThat(forBusy).isEqualTo(forQuiet);
        assertThat(forBusy).isBetween(4L, 8L);
    }

    /**
     * SELECTs one detail costs, read from MariaDB's own counter for the connection: the test holds
     * a transaction, so the service's JPA and JDBC reads run on that same connection.
     */
    private long statementsFor(long id) throws Exception {
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
            long before = selects(c);
            asA.call(() -> search.detail(id));
            return selects(c) - before;
        } finally {
            tx.commit();
        }
    }

    private static long selects(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("show session status like 'Com_select'")) {
            r.next();
            return r.getLong(2);
        }
    }
}

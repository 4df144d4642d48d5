package org.posdesk.it.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.search.InvalidSearchException;
import org.posdesk.application.search.ResultCount;
import org.posdesk.application.search.SearchCursor;
import org.posdesk.application.search.SearchPage;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.application.search.TransactionRow;
import org.posdesk.application.search.TransactionSearch;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The search service on MariaDB: keyset pages that neither skip nor repeat a row while new rows
 * arrive, every filter selecting exactly its rows, counts that stop at 1,000, and merchants and
 * stores kept apart whether a transaction is asked for by id or searched for.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(TransactionSearchIT.class, SearchCallers.BEANS);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private AsMerchantA asA;
    @EJB
    private AsMerchantB asB;
    @EJB
    private AsStoreUser asStoreUser;
    @EJB
    private AsAgent asAgent;
    @EJB
    private TransactionSearch search;

    private TestTenant a;
    private TestTenant b;
    private SearchWindow window;

    @BeforeEach
    void tenants() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant[] tenants = SearchCallers.tenants(c);
            a = tenants[0];
            b = tenants[1];
            window = SearchWindow.fresh(c);
        }
    }

    @Test
    void keysetPagesNeitherSkipNorRepeatARowWhileNewRowsArrive() throws Exception {
        List<JournalEntry> original = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (int n = 1; n <= 23; n++) {
                // Pairs of rows share a second, so the id decides their order.
                original.add(new JournalEntry(a.tids.get(n % 4), window.batch(), n, window.at(100 + n / 2)).insert(c));
            }
        }
        TransactionFilter filter = TransactionFilter.window(window.from(), window.to());
        List<Long> seen = new ArrayList<>();
        List<Long> lateOffline = new ArrayList<>();
        SearchCursor cursor = null;
        int pages = 0;
        do {
            SearchCursor after = cursor;
            SearchPage page = asA.call(() -> search.search(filter, after, 5));
            page.rows().forEach(row -> seen.add(row.id()));
            cursor = page.next();
            pages++;
            try (Connection c = dataSource.getConnection()) {
                // Between pages: a new sale (newer than everything) and a late offline sale whose
                // terminal time lies before every row there is so far.
                new JournalEntry(a.tids.get(0), window.batch(), 500 + pages, window.at(300 + pages)).insert(c);
                lateOffline.add(new JournalEntry(a.tids.get(1), window.batch(), 600 + pages, window.at(50 - pages))
                        .kind("SALE", "APPROVED", "OFFLINE").insert(c).id);
            }
        } while (cursor != null && pages < 20);

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(original.stream().map(e -> e.id).toList());
        // Rows arriving behind the cursor are still reached; those ahead of it wait for page one.
        assertThat(seen).containsAll(lateOffline.subList(0, lateOffline.size() - 1));
        assertThat(seen.subList(0, 23)).containsExactlyElementsOf(original.stream()
                .sorted((x, y) -> x.time.equals(y.time) ? Long.compare(y.id, x.id) : y.time.compareTo(x.time))
                .map(e -> e.id).toList());
        SearchPage firstAgain = asA.call(() -> search.search(filter, null, 5));
        assertThat(firstAgain.rows().get(0).stan()).isEqualTo("%06d".formatted(500 + pages));
    }

    @Test
    void everyFilterSelectsExactlyItsRows() throws Exception {
        List<JournalEntry> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            int stan = 1;
            for (String tid : a.tids) {
                for (int k = 0; k < 6; k++, stan++) {
                    JournalEntry e = new JournalEntry(tid, window.batch(), stan, window.at(stan * 3))
                            .amount(1000L * (k + 1)).card("622202", "%04d".formatted(1000 + k))
                            .references("%012d".formatted(window.batch() * 100L + stan), "A%05d".formatted(stan),
                                    k == 2 ? "ORD-" + window.batch() + "-" + stan : null);
                    if (k == 3) {
                        e.declined("51");
                    }
                    if (k == 4) {
                        e.kind("REFUND", "APPROVED", "BATCH_UPLOAD");
                    }
                    if (k == 5) {
                        e.anomaly().kind("SALE", "APPROVED", "OFFLINE");
                    }
                    rows.add(e.insert(c));
                }
            }
        }
        TransactionFilter all = TransactionFilter.window(window.from(), window.to());
        JournalEntry target = rows.get(8);

        assertSelects(all.withCardAndAmount(target.last4, target.amount),
                rows, e -> e.last4.equals(target.last4) && e.amount == target.amount);
        assertSelects(with(all, 0, target.rrn), rows, e -> e.rrn.equals(target.rrn));
        assertSelects(with(all, 1, String.valueOf(Integer.parseInt(target.stan))), rows,
                e -> e.stan.equals(target.stan));
        assertSelects(with(all, 2, target.authCode.toLowerCase()), rows, e -> e.authCode.equals(target.authCode));
        assertSelects(with(all, 3, rows.get(2).orderNumber), rows, e -> rows.get(2).orderNumber.equals(e.orderNumber));
        assertSelects(with(all, 4, "REFUND"), rows, e -> e.type.equals("REFUND"));
        assertSelects(with(all, 5, "DECLINED"), rows, e -> e.status.equals("DECLINED"));
        assertSelects(with(all, 6, "OFFLINE"), rows, e -> e.origin.equals("OFFLINE"));
        assertSelects(with(all, 7, a.tids.get(2)), rows, e -> e.tid.equals(a.tids.get(2)));
        assertSelects(new TransactionFilter(all.from(), all.to(), null, null, null, null, 2000L, 3000L, null, null,
                null, null, null, null, null), rows, e -> e.amount >= 2000 && e.amount <= 3000);
        assertSelects(new TransactionFilter(all.from(), all.to(), null, null, null, null, null, null, null, null,
                null, null, null, null, true), rows, e -> e.anomaly);
        assertSelects(new TransactionFilter(window.at(10), window.at(40), null, null, null, null, null, null, null,
                null, null, null, null, null, null), rows,
                e -> !e.time.isBefore(window.at(10)) && e.time.isBefore(window.at(40)));
        TransactionRow shown = asA.call(() -> search.search(with(all, 0, target.rrn), null, 10)).rows().get(0);
        assertThat(shown.maskedCard()).isEqualTo("622202****" + target.last4);
        assertThat(shown.amount()).isEqualByComparingTo("30.00");
        assertThat(shown.storeName()).isEqualTo("Store S1");
    }

    @Test
    void countsStopAtOneThousand() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (int n = 1; n <= 1_003; n++) {
                new JournalEntry(a.tids.get(n % 4), window.batch(), n, window.at(n % 1_400)).amount(n).insert(c);
            }
        }
        TransactionFilter all = TransactionFilter.window(window.from(), window.to());

        assertThat(asA.call(() -> search.count(all))).isEqualTo(new ResultCount(1_000, true));
        assertThat(asA.call(() -> search.count(new TransactionFilter(all.from(), all.to(), null, null, null, null,
                1L, 999L, null, null, null, null, null, null, null)))).isEqualTo(new ResultCount(999, false));
        assertThat(asB.call(() -> search.count(all))).isEqualTo(new ResultCount(0, false));
    }

    @Test
    void aMerchantCannotReachAnotherMerchantsTransactionByIdOrBySearch() throws Exception {
        JournalEntry mine;
        JournalEntry theirs;
        try (Connection c = dataSource.getConnection()) {
            mine = new JournalEntry(a.tids.get(0), window.batch(), 1, window.at(5))
                    .references("%012d".formatted(window.batch() * 10L + 1), "AAAAA1", null).insert(c);
            theirs = new JournalEntry(b.tids.get(0), window.batch(), 1, window.at(6))
                    .references("%012d".formatted(window.batch() * 10L + 2), "BBBBB1", null).insert(c);
        }
        TransactionFilter all = TransactionFilter.window(window.from(), window.to());

        assertThat(asA.call(() -> search.detail(mine.id)).transaction().id()).isEqualTo(mine.id);
        assertThatThrownBy(() -> asA.call(() -> search.detail(theirs.id)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asA.call(() -> search.detail(Long.MAX_VALUE)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThat(ids(asA.call(() -> search.search(all, null, 50)))).containsExactly(mine.id);
        assertThat(ids(asA.call(() -> search.search(with(all, 0, theirs.rrn), null, 50)))).isEmpty();
        assertThat(ids(asA.call(() -> search.search(with(all, 7, b.tids.get(0)), null, 50)))).isEmpty();
        assertThat(ids(asB.call(() -> search.search(all, null, 50)))).containsExactly(theirs.id);
        assertThat(ids(asAgent.call(() -> search.search(all, null, 50)))).contains(mine.id, theirs.id);
        assertThat(asAgent.call(() -> search.detail(theirs.id)).merchantName()).isEqualTo("检索商户 B");
    }

    @Test
    void aUserConfinedToAStoreSeesOnlyThatStore() throws Exception {
        JournalEntry inS1;
        JournalEntry inS2;
        try (Connection c = dataSource.getConnection()) {
            inS1 = new JournalEntry(a.tids.get(0), window.batch(), 1, window.at(5)).insert(c);
            inS2 = new JournalEntry(a.tids.get(2), window.batch(), 2, window.at(6)).insert(c);
        }
        TransactionFilter all = TransactionFilter.window(window.from(), window.to());
        long storeS1 = asA.call(() -> search.stores()).stream().filter(s -> s.code().equals("S1")).findFirst()
                .orElseThrow().id();

        assertThat(ids(asStoreUser.call(() -> search.search(all, null, 50)))).containsExactly(inS2.id);
        assertThat(asStoreUser.call(() -> search.stores())).extracting(s -> s.code()).containsExactly("S2");
        assertThat(ids(asStoreUser.call(() -> search.search(new TransactionFilter(all.from(), all.to(), storeS1,
                null, null, null, null, null, null, null, null, null, null, null, null), null, 50)))).isEmpty();
        assertThatThrownBy(() -> asStoreUser.call(() -> search.detail(inS1.id))).isInstanceOf(AccessDeniedException.class);
        assertThat(ids(asA.call(() -> search.search(new TransactionFilter(all.from(), all.to(), storeS1, null, null,
                null, null, null, null, null, null, null, null, null, null), null, 50)))).containsExactly(inS1.id);
    }

    @Test
    void aWindowLongerThanThirteenMonthsIsRefusedWithItsReason() {
        TransactionFilter tooLong = TransactionFilter.window(window.from(), window.from().plusMonths(13).plusDays(1));

        assertThatThrownBy(() -> asA.call(() -> search.search(tooLong, null, 50)))
                .isInstanceOf(InvalidSearchException.class)
                .satisfies(e -> assertThat(((InvalidSearchException) e).reason()).isEqualTo("windowTooLong"));
        assertThatThrownBy(() -> search.search(TransactionFilter.window(window.from(), window.to()), null, 50))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Sets one text criterion: 0 RRN, 1 STAN, 2 auth code, 3 order, 4 type, 5 status, 6 origin, 7 TID. */
    private static TransactionFilter with(TransactionFilter f, int criterion, String value) {
        String[] v = new String[8];
        v[criterion] = value;
        return new TransactionFilter(f.from(), f.to(), null, v[7], v[4], v[5], null, null, null, v[0], v[1], v[2],
                v[3], v[6], null);
    }

    private void assertSelects(TransactionFilter filter, List<JournalEntry> rows, Predicate<JournalEntry> expected)
            throws Exception {
        Set<Long> wanted = new HashSet<>();
        rows.stream().filter(expected).forEach(e -> wanted.add(e.id));
        assertThat(wanted).as("the test data has rows for this filter").isNotEmpty();
        assertThat(ids(asA.call(() -> search.search(filter, null, 200)))).as(filter.toString())
                .containsExactlyInAnyOrderElementsOf(wanted);
    }

    private static List<Long> ids(SearchPage page) {
        return page.rows().stream().map(TransactionRow::id).toList();
    }
}

package org.posdesk.it.batches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.batch.BatchBoard;
import org.posdesk.application.batch.BatchCursor;
import org.posdesk.application.batch.BatchDesk;
import org.posdesk.application.batch.BatchDetail;
import org.posdesk.application.batch.BatchPage;
import org.posdesk.application.batch.BatchQuery;
import org.posdesk.application.batch.BatchSummary;
import org.posdesk.application.batch.BoardView;
import org.posdesk.application.batch.ResubmitProgress;
import org.posdesk.application.batch.ResubmitRefusal;
import org.posdesk.application.batch.ResubmitRefusedException;
import org.posdesk.application.batch.ResubmitView;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * The batch services on the real server and database: the board counts and filters only the
 * caller's batches, pages by keyset without skipping or repeating, the batch page holds totals,
 * upload, history and journal in a fixed number of statements, and Resubmit is refused where the
 * state does not allow it and audited where it does. Another merchant's batch is "not found".
 */
@ExtendWith(ArquillianExtension.class)
class BatchServiceIT {

    private static final Instant DAY1 = Instant.parse("2026-03-01T02:00:00Z");
    private static final Instant DAY2 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DAY3 = Instant.parse("2026-03-03T02:00:00Z");
    private static final Instant DAY4 = Instant.parse("2026-03-04T02:00:00Z");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(BatchServiceIT.class, BatchFixture.class, BatchFixture.NewBatch.class,
                AsBatchMerchantA.class, AsBatchMerchantAStore2.class, AsBatchMerchantB.class, AsBatchAgent.class,
                BatchUsers.class, org.posdesk.it.services.Invoker.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @PersistenceUnit(unitName = "posdesk")
    private EntityManagerFactory entityManagerFactory;
    @EJB
    private AsBatchMerchantA asA;
    @EJB
    private AsBatchMerchantAStore2 asAStore2;
    @EJB
    private AsBatchMerchantB asB;
    @EJB
    private AsBatchAgent asAgent;
    @EJB
    private BatchBoard board;
    @EJB
    private BatchDesk desk;

    private TestTenant a;
    private TestTenant b;
    /** Merchant A's batches by name; S1 holds terminals 0 and 1, S2 terminals 2 and 3. */
    private final Map<String, Long> ids = new java.util.HashMap<>();

    @BeforeEach
    void batches() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            a = TestTenant.ensure(c, "BA", "批次测试商户 A", 2, 2, 0, BatchUsers.MERCHANT_A, "it-password-ba");
            TestTenant.ensure(c, "BA", "批次测试商户 A", 2, 2, 0, BatchUsers.MERCHANT_A_STORE_2, "it-password-ba2");
            TestTenant.restrictToStore(c, BatchUsers.MERCHANT_A_STORE_2, a.merchantId, "S2");
            b = TestTenant.ensure(c, "BB", "批次测试商户 B", 1, 1, 0, BatchUsers.MERCHANT_B, "it-password-bb");
            TestTenant.ensureStaff(c, BatchUsers.AGENT, "it-password-bagent", "AGENT");
            BatchFixture.clear(c, a.merchantId);
            BatchFixture.clear(c, b.merchantId);
            String t1 = a.tids.get(0);
            String t3 = a.tids.get(2);
            ids.put("balanced", BatchFixture.batch(t1, 101, "BALANCED").opened(DAY1).terminalTotals(2, 3000)
                    .computedTotals(2, 3000).then("SETTLING", "settlement request (0500)")
                    .then("BALANCED", "totals agree").sale(1, 1000, "ONLINE", false).sale(2, 2000, "ONLINE", false)
                    .insert(c));
            ids.put("incomplete", BatchFixture.batch(t1, 102, "UPLOAD_INCOMPLETE").opened(DAY2)
                    .terminalTotals(3, 6000).computedTotals(2, 3000).uploadEnded(3, "000002")
                    .then("SETTLING", "settlement request (0500)").then("UNBALANCED", "totals disagree")
                    .then("UPLOADING", "first 0320").then("UPLOAD_INCOMPLETE", "upload end, 1 missing")
                    .sale(1, 1000, "ONLINE", true).sale(3, 2000, "BATCH_UPLOAD", true).insert(c));
            ids.put("uploaded", BatchFixture.batch(t1, 103, "UPLOADED").opened(DAY3).terminalTotals(1, 500)
                    .computedTotals(1, 500).uploadEnded(1, null).then("SETTLING", "settlement request (0500)")
                    .then("UNBALANCED", "totals disagree").then("UPLOADING", "first 0320")
                    .then("UPLOADED", "upload end, all 1 received").sale(1, 500, "BATCH_UPLOAD", true).insert(c));
            ids.put("unbalanced", BatchFixture.batch(t3, 201, "UNBALANCED").opened(DAY2).terminalTotals(1, 900)
                    .computedTotals(0, 0).then("SETTLING", "settlement request (0500)")
                    .then("UNBALANCED", "totals disagree").insert(c));
            ids.put("open", BatchFixture.batch(t3, 202, "OPEN").opened(DAY4).insert(c));
            ids.put("uploading", BatchFixture.batch(a.tids.get(1), 104, "UPLOADING").opened(DAY3)
                    .terminalTotals(1, 100).then("SETTLING", "settlement request (0500)")
                    .then("UNBALANCED", "totals disagree").then("UPLOADING", "first 0320").insert(c));
            ids.put("foreign", BatchFixture.batch(b.tids.get(0), 301, "UPLOAD_INCOMPLETE").opened(DAY2)
                    .terminalTotals(2, 100).uploadEnded(2, "000001").then("SETTLING", "settlement request (0500)")
                    .then("UNBALANCED", "totals disagree").then("UPLOADING", "first 0320")
                    .then("UPLOAD_INCOMPLETE", "upload end, 1 missing").insert(c));
        }
    }

    // ------------------------------------------------------------------ board

    @Test
    void theBoardCountsEachStateOfTheCallersBatchesOnly() throws Exception {
        BoardView viewA = asA.call(() -> board.board(BatchQuery.all()));
        BoardView viewB = asB.call(() -> board.board(BatchQuery.all()));

        assertThat(counts(viewA)).containsEntry("BALANCED", 1L).containsEntry("UPLOAD_INCOMPLETE", 1L)
                .containsEntry("UPLOADED", 1L).containsEntry("UNBALANCED", 1L).containsEntry("OPEN", 1L)
                .containsEntry("UPLOADING", 1L).containsEntry("RECONCILED", 0L).hasSize(10);
        assertThat(viewA.total()).isEqualTo(6);
        assertThat(viewA.stores()).extracting(BoardView.StoreOption::name).containsExactly("Store S1", "Store S2");
        assertThat(counts(viewB)).containsEntry("UPLOAD_INCOMPLETE", 1L);
        assertThat(viewB.total()).isEqualTo(1);
    }

    @Test
    void theFiltersNarrowTheListAndTheCountsAlike() throws Exception {
        String t1 = a.tids.get(0);
        long s2 = storeId("S2");

        assertThat(listed(asA::call, new BatchQuery("UPLOAD_INCOMPLETE", null, null, null, null)))
                .containsExactly(ids.get("incomplete"));
        assertThat(listed(asA::call, new BatchQuery(null, s2, null, null, null)))
                .containsExactly(ids.get("open"), ids.get("unbalanced"));
        assertThat(listed(asA::call, new BatchQuery(null, null, t1, null, null)))
                .containsExactly(ids.get("uploaded"), ids.get("incomplete"), ids.get("balanced"));
        // Days in the merchant's zone (China): 2 and 3 March, inclusive.
        assertThat(listed(asA::call, new BatchQuery(null, null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))))
                .containsExactlyInAnyOrder(ids.get("incomplete"), ids.get("uploaded"), ids.get("unbalanced"),
                        ids.get("uploading"));
        BoardView inS2 = asA.call(() -> board.board(new BatchQuery("UPLOADED", s2, null, null, null)));
        assertThat(inS2.total()).as("the state filter does not narrow the cards").isEqualTo(2);
        assertThat(counts(inS2)).containsEntry("UNBALANCED", 1L).containsEntry("OPEN", 1L);
    }

    @Test
    void aFilterNamingAnotherMerchantsTerminalSelectsNothing() throws Exception {
        BatchQuery foreign = new BatchQuery(null, null, b.tids.get(0), null, null);

        assertThat(listed(asA::call, foreign)).isEmpty();
        assertThat(asA.call(() -> board.board(foreign)).total()).isZero();
        assertThat(listed(asAgent::call, foreign)).containsExactly(ids.get("foreign"));
        assertThat(listed(asA::call, new BatchQuery(null, null, "NOSUCH01", null, null))).isEmpty();
    }

    @Test
    void aUserConfinedToOneStoreSeesOnlyThatStoresBatches() throws Exception {
        BoardView view = asAStore2.call(() -> board.board(BatchQuery.all()));

        assertThat(view.total()).isEqualTo(2);
        assertThat(view.stores()).extracting(BoardView.StoreOption::name).containsExactly("Store S2");
        assertThat(listed(asAStore2::call, BatchQuery.all())).containsExactly(ids.get("open"), ids.get("unbalanced"));
        assertThat(listed(asAStore2::call, new BatchQuery(null, storeId("S1"), null, null, null))).isEmpty();
        assertThatThrownBy(() -> asAStore2.call(() -> desk.batch(ids.get("balanced"))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
    }

    @Test
    void keysetPagesNeitherSkipNorRepeatABatch() throws Exception {
        // Two more batches opened at the same instant as "incomplete": the id breaks the tie.
        try (Connection c = dataSource.getConnection()) {
            ids.put("twin1", BatchFixture.batch(a.tids.get(3), 203, "OPEN").opened(DAY2).insert(c));
            ids.put("twin2", BatchFixture.batch(a.tids.get(3), 204, "OPEN").opened(DAY2).insert(c));
        }
        List<Long> all = listed(asA::call, BatchQuery.all());
        List<Long> paged = new ArrayList<>();
        BatchCursor cursor = null;
        int pages = 0;
        do {
            BatchCursor after = cursor;
            BatchPage page = asA.call(() -> board.page(BatchQuery.all(), after, 3));
            page.rows().forEach(r -> paged.add(r.id()));
            cursor = page.next();
            pages++;
        } while (cursor != null);

        assertThat(all).hasSize(8).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(all);
        assertThat(pages).isEqualTo(3);
        List<Instant> opened = asA.call(() -> board.page(BatchQuery.all(), null, 50)).rows().stream()
                .map(BatchSummary::openedAt).toList();
        assertThat(opened).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    // ------------------------------------------------------------------ batch page

    @Test
    void theBatchPageHoldsTotalsUploadHistoryAndJournal() throws Exception {
        BatchDetail detail = asA.call(() -> desk.batch(ids.get("incomplete")));

        assertThat(detail.batch().state()).isEqualTo("UPLOAD_INCOMPLETE");
        assertThat(detail.batch().terminalTotals().debitCount()).isEqualTo(3);
        assertThat(detail.batch().terminalTotals().debitAmount()).isEqualTo(6000);
        assertThat(detail.batch().computedTotals().debitCount()).isEqualTo(2);
        assertThat(detail.batch().totalsAgree()).isFalse();
        assertThat(detail.acquirerTotals()).as("no statement yet").isNull();
        assertThat(detail.upload().announced()).isEqualTo(3);
        assertThat(detail.upload().held()).isEqualTo(2);
        assertThat(detail.upload().confirmedByUpload()).isEqualTo(2);
        assertThat(detail.upload().missingStans()).containsExactly("000002");
        assertThat(detail.history()).extracting(BatchDetail.Transition::to).containsExactly("OPEN", "SETTLING",
                "UNBALANCED", "UPLOADING", "UPLOAD_INCOMPLETE");
        assertThat(detail.history().get(4).cause()).isEqualTo("upload end, 1 missing");
        assertThat(detail.transactions()).extracting(BatchDetail.JournalEntry::stan).containsExactly("000001", "000003");
        assertThat(detail.transactions()).extracting(BatchDetail.JournalEntry::maskedCard)
                .containsOnly("622202******0123");
        assertThat(detail.moreTransactions()).isFalse();
        assertThat(detail.resubmit().allowed()).isTrue();
        assertThat(detail.resubmit().progress()).isEqualTo(ResubmitProgress.NONE);
    }

    @Test
    void anotherMerchantsBatchIsNotFoundWhetherOpenedOrResubmitted() throws Exception {
        long foreign = ids.get("foreign");

        assertThatThrownBy(() -> asA.call(() -> desk.batch(foreign)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asA.call(() -> desk.resubmit(foreign)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asA.call(() -> desk.batch(Long.MAX_VALUE - 7)))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThatThrownBy(() -> asB.call(() -> desk.resubmit(ids.get("incomplete"))))
                .isInstanceOf(AccessDeniedException.class).hasMessage("not found");
        assertThat(commands(ids.get("incomplete"))).isZero();
        assertThat(commands(foreign)).isZero();
        assertThat(asB.call(() -> desk.batch(foreign)).batch().tid()).isEqualTo(b.tids.get(0));
    }

    // ------------------------------------------------------------------ resubmit

    @Test
    void resubmitIsRefusedWithTheReasonWhereTheStateDoesNotAllowIt() throws Exception {
        assertRefused("balanced", ResubmitRefusal.COMPLETE);
        assertRefused("uploaded", ResubmitRefusal.COMPLETE);
        assertRefused("open", ResubmitRefusal.NOT_SETTLED);
        assertRefused("uploading", ResubmitRefusal.UPLOADING);
        assertThat(asA.call(() -> desk.batch(ids.get("balanced"))).resubmit().refusal())
                .isEqualTo(ResubmitRefusal.COMPLETE);
    }

    @Test
    void resubmittingAnIncompleteUploadQueuesTheCommandAndIsAudited() throws Exception {
        long id = ids.get("incomplete");
        long audited = audits(id);

        ResubmitView view = asA.call(() -> desk.resubmit(id));

        assertThat(view.progress()).isEqualTo(ResubmitProgress.QUEUED);
        assertThat(view.requestedBy()).isEqualTo(BatchUsers.MERCHANT_A);
        assertThat(view.refusal()).as("not twice").isEqualTo(ResubmitRefusal.IN_PROGRESS);
        try (Connection c = dataSource.getConnection()) {
            assertThat(BatchFixture.text(c, "select state from batch where id = ?", id)).isEqualTo("RESUBMIT_PENDING");
            assertThat(BatchFixture.text(c, "select concat(code, ' ', state, ' ', requested_by) from terminal_command"
                    + " where terminal_id = (select terminal_id from batch where id = ?) and batch_number = 102", id))
                    .isEqualTo("361 PENDING " + BatchUsers.MERCHANT_A);
            assertThat(BatchFixture.text(c, "select state from resubmission where batch_id = ?", id)).isEqualTo("PENDING");
            assertThat(BatchFixture.text(c, "select actor from batch_transition where batch_id = ?"
                    + " and to_state = 'RESUBMIT_PENDING'", id)).isEqualTo(BatchUsers.MERCHANT_A);
        }
        assertThat(audits(id)).isEqualTo(audited + 1);
        assertThatThrownBy(() -> asA.call(() -> desk.resubmit(id)))
                .isInstanceOfSatisfying(ResubmitRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ResubmitRefusal.IN_PROGRESS));
        assertThat(commands(id)).isEqualTo(1);
        assertThat(audits(id)).isEqualTo(audited + 1);
        BatchDetail detail = asA.call(() -> desk.batch(id));
        assertThat(detail.resubmit().progress()).isEqualTo(ResubmitProgress.QUEUED);
        assertThat(detail.history()).last().satisfies(t -> {
            assertThat(t.to()).isEqualTo("RESUBMIT_PENDING");
            assertThat(t.actor()).isEqualTo(BatchUsers.MERCHANT_A);
        });
    }

    @Test
    void anUnbalancedBatchIsAskedForWithoutAResubmission() throws Exception {
        long id = ids.get("unbalanced");

        assertThat(asAgent.call(() -> desk.resubmit(id)).progress()).isEqualTo(ResubmitProgress.QUEUED);

        assertThat(commands(id)).isEqualTo(1);
        try (Connection c = dataSource.getConnection()) {
            assertThat(BatchFixture.text(c, "select state from batch where id = ?", id)).isEqualTo("UNBALANCED");
            assertThat(BatchFixture.count(c, "select count(*) from resubmission where batch_id = ?", id)).isZero();
            assertThat(BatchFixture.text(c, "select username from audit_entry where event = 'BATCH_RESUBMIT'"
                    + " and target_id = ? order by chain_position desc limit 1", String.valueOf(id)))
                    .isEqualTo(BatchUsers.AGENT);
        }
    }

    // ------------------------------------------------------------------ statements per page

    @Test
    void theBoardAndTheBatchPageTakeAFixedNumberOfStatementsWhateverTheRows() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            for (int n = 0; n < 20; n++) {
                BatchFixture.NewBatch more = BatchFixture.batch(a.tids.get(n % 4), 400 + n, "UPLOADED")
                        .opened(DAY1.minusSeconds(n * 60L)).terminalTotals(12, 1200).computedTotals(12, 1200);
                for (int stan = 1; stan <= 12; stan++) {
                    more.sale(stan, 100, "ONLINE", true).then(stan % 2 == 0 ? "UPLOADING" : "UPLOADED", "step " + stan);
                }
                ids.put("more" + n, more.insert(c));
            }
        }
        long boardFew = statements(() -> asA.call(() -> board.board(BatchQuery.all())));
        long pageOfTwo = statements(() -> asA.call(() -> board.page(BatchQuery.all(), null, 2)));
        long pageOfTwentyFive = statements(() -> asA.call(() -> board.page(BatchQuery.all(), null, 25)));
        long smallBatch = statements(() -> asA.call(() -> desk.batch(ids.get("open"))));
        long bigBatch = statements(() -> asA.call(() -> desk.batch(ids.get("more0"))));
        System.out.printf("BatchServiceIT statements: board %d, page of 2 %d, page of 25 %d, batch page %d / %d%n",
                boardFew, pageOfTwo, pageOfTwentyFive, smallBatch, bigBatch);

        assertThat(pageOfTwentyFive).isEqualTo(pageOfTwo).isLessThanOrEqualTo(5);
        assertThat(boardFew).isLessThanOrEqualTo(5);
        assertThat(bigBatch).isEqualTo(smallBatch).isLessThanOrEqualTo(10);
    }

    @Test
    void theBoardsQueriesReadAnIndexInTheirOrder() throws Exception {
        long merchant;
        long terminal;
        try (Connection c = dataSource.getConnection()) {
            TestTenant bulk = TestTenant.ensure(c, "BX", "Batch plans merchant", 1, 2, 0, "it-batch-plans",
                    "it-password-bx");
            BatchFixture.bulk(c, bulk.tids.get(0), 3000);
            BatchFixture.bulk(c, bulk.tids.get(1), 3000);
            merchant = bulk.merchantId;
            terminal = BatchFixture.count(c, "select id from terminal where tid = ?", bulk.tids.get(0));
        }
        // The statements Hibernate sends for a page of the board, with the filters in use: the
        // batch table alone (names come after, for the page's terminals).
        String page = "select b.id, b.state, b.opened_at from batch b where %s"
                + " order by b.opened_at desc, b.id desc limit 51";
        Map<String, String> byState = explain(page.formatted("b.merchant_id = ? and b.state = ?"), merchant,
                "UPLOAD_INCOMPLETE");
        Map<String, String> merchantWide = explain(page.formatted("b.merchant_id = ?"), merchant);
        Map<String, String> byTerminal = explain(page.formatted("b.merchant_id = ? and b.terminal_id = ?"),
                merchant, terminal);
        Map<String, String> nextPage = explain(page.formatted("b.merchant_id = ? and (b.opened_at < ?"
                + " or (b.opened_at = ? and b.id < ?))"), merchant, "2020-01-01", "2020-01-01", Long.MAX_VALUE);
        Map<String, String> byDays = explain(page.formatted("b.merchant_id = ? and b.opened_at >= ?"
                + " and b.opened_at < ?"), merchant, "2019-01-01", "2019-02-01");
        Map<String, String> counts = explain("select b.state, count(b.id) from batch b where b.merchant_id = ?"
                + " group by b.state", merchant);
        System.out.printf("BatchServiceIT plans: by state %s; merchant-wide %s; by terminal %s; next page %s;"
                + " by days %s; counts %s%n", byState, merchantWide, byTerminal, nextPage, byDays, counts);

        assertThat(byState.get("key")).isEqualTo("ix_batch_merchant_state_opened");
        assertThat(merchantWide.get("key")).isEqualTo("ix_batch_merchant_opened");
        assertThat(byTerminal.get("key")).isIn("ix_batch_terminal_opened", "ix_batch_merchant_opened");
        assertThat(nextPage.get("key")).isEqualTo("ix_batch_merchant_opened");
        assertThat(byDays.get("key")).isIn("ix_batch_merchant_opened", "ix_batch_opened");
        assertThat(List.of(byState, merchantWide, byTerminal, nextPage, byDays))
                .allSatisfy(plan -> assertThat(plan.get("Extra")).doesNotContain("filesort"));
        assertThat(counts.get("key")).isEqualTo("ix_batch_merchant_state_opened");
        assertThat(counts.get("Extra")).contains("Using index");
    }

    // ------------------------------------------------------------------ helpers

    /** The plan's row for table {@code b} (the batch table). */
    private Map<String, String> explain(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("explain " + sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (java.sql.ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if ("b".equals(r.getString("table"))) {
                        return Map.of("key", String.valueOf(r.getString("key")),
                                "Extra", String.valueOf(r.getString("Extra")));
                    }
                }
            }
        }
        throw new AssertionError("no plan row for the batch table: " + sql);
    }

    private void assertRefused(String name, ResubmitRefusal reason) throws Exception {
        long id = ids.get(name);
        long audited = audits(id);
        long refusals = audits(id, "FAILURE");
        assertThatThrownBy(() -> asA.call(() -> desk.resubmit(id)))
                .as(name).isInstanceOfSatisfying(ResubmitRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(commands(id)).as(name + ": nothing queued").isZero();
        assertThat(audits(id)).as(name + ": no resubmission audited").isEqualTo(audited);
        // The attempt is on record as refused, though its transaction rolled back.
        assertThat(audits(id, "FAILURE")).as(name + ": the refusal audited").isEqualTo(refusals + 1);
    }

    private long statements(Callable<?> work) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            work.call();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private static Map<String, Long> counts(BoardView view) {
        return view.counts().stream().collect(Collectors.toMap(BoardView.StateCount::state, BoardView.StateCount::count));
    }

    /** One of the caller beans' {@code call}, for a page. */
    @FunctionalInterface
    private interface Caller {
        BatchPage call(Callable<BatchPage> work) throws Exception;
    }

    private List<Long> listed(Caller caller, BatchQuery query) throws Exception {
        return caller.call(() -> board.page(query, null, 50)).rows().stream().map(BatchSummary::id).toList();
    }

    private long storeId(String code) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return BatchFixture.count(c, "select id from store where merchant_id = ? and code = ?", a.merchantId, code);
        }
    }

    private long commands(long batchId) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return BatchFixture.count(c, "select count(*) from terminal_command tc join batch b"
                    + " on b.terminal_id = tc.terminal_id and b.batch_number = tc.batch_number where b.id = ?", batchId);
        }
    }

    /** Resubmissions audited as done. */
    private long audits(long batchId) throws SQLException {
        return audits(batchId, "SUCCESS");
    }

    private long audits(long batchId, String outcome) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return BatchFixture.count(c, "select count(*) from audit_entry where event = 'BATCH_RESUBMIT'"
                    + " and target_type = 'batch' and target_id = ? and outcome = ?", String.valueOf(batchId), outcome);
        }
    }
}

package org.posdesk.it.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.posdesk.it.reconciliation.ReconFixture.count;
import static org.posdesk.it.reconciliation.ReconFixture.entry;
import static org.posdesk.it.reconciliation.ReconFixture.line;
import static org.posdesk.it.reconciliation.ReconFixture.list;
import static org.posdesk.it.reconciliation.ReconFixture.text;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.reconciliation.DailySummary;
import org.posdesk.application.reconciliation.DiscrepancyDesk;
import org.posdesk.application.reconciliation.DiscrepancyRow;
import org.posdesk.application.reconciliation.ReconciliationRuns;
import org.posdesk.application.reconciliation.RunRow;
import org.posdesk.application.reconciliation.Reconciliation;
import org.posdesk.application.reconciliation.UploadRetry;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Matching on MariaDB in the server, with the statement's tricky lines: each lands in its
 * outcome, the batches end RECONCILED or DISCREPANT (or wait for the next day's file), and
 * matching again changes nothing. Each test has its own terminals, so the order does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class ReconciliationMatchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(ReconciliationMatchIT.class, ReconFixture.class, ReconFixture.Line.class,
                AsReconAgent.class, AsReconMerchant.class, org.posdesk.it.services.Invoker.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private Reconciliation reconciliation;
    @EJB
    private UploadRetry uploadRetry;
    @EJB
    private DiscrepancyDesk desk;
    @EJB
    private ReconciliationRuns runs;
    @EJB
    private AsReconAgent asAgent;
    @EJB
    private AsReconMerchant asMerchant;
    @EJB
    private DailySummary summary;

    @Test
    void eachTrickyLineLandsInItsOutcomeAndTheBatchesFollow() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "RM", "Reconciliation merchant", 1, 3, 0, "it-recon-m",
                    "it-recon-pw-1");
            ReconFixture.clear(c, tenant.merchantId, tenant.tids);
            String a = tenant.tids.get(0);
            String b = tenant.tids.get(1);
            String cTid = tenant.tids.get(2);
            LocalDate day = LocalDate.of(2026, 3, 10);
            LocalDateTime morning = day.atTime(10, 0);
            long a1 = ReconFixture.batch(c, a, 1, "UPLOADED", Instant.parse("2026-03-10T01:00:00Z"));
            long a2 = ReconFixture.batch(c, a, 2, "BALANCED", Instant.parse("2026-03-10T02:50:00Z"));
            long b1 = ReconFixture.batch(c, b, 1, "BALANCED", Instant.parse("2026-03-10T01:00:00Z"));
            long c3 = ReconFixture.batch(c, cTid, 3, "UPLOAD_INCOMPLETE", Instant.parse("2026-03-10T01:00:00Z"));
            long matched = entry(c, a, 1, 1, "RM0000000001", "SALE", "APPROVED", 1000, morning, null);
            long offByOne = entry(c, a, 1, 2, "RM0000000002", "SALE", "APPROVED", 2000, morning.plusMinutes(5), null);
            long twice = entry(c, a, 1, 3, "RM0000000003", "SALE", "APPROVED", 3000, morning.plusMinutes(10), null);
            long notListed = entry(c, a, 1, 4, "RM0000000004", "SALE", "APPROVED", 4000, morning.plusMinutes(15), null);
            long voided = entry(c, a, 1, 5, "RM0000000005", "SALE", "VOIDED", 5000, morning.plusMinutes(20), null);
            long byTrace = entry(c, a, 1, 6, "RM0000000007", "SALE", "APPROVED", 6000, morning.plusMinutes(30), null);
            // The void of stan 5 was made after the terminal settled batch 1: it sits in batch 2.
            long theVoid = entry(c, a, 2, 1, "RM0000000006", "VOID", "APPROVED", 5000, morning.plusHours(1), voided);
            long bSale = entry(c, b, 1, 1, "RM0000000011", "SALE", "APPROVED", 700, morning, null);

            long statement = ReconFixture.statement(c, day, List.of(
                    line(a, "SALE", 1000, morning).rrn("RM0000000001").trace(901),
                    line(a, "SALE", 2001, morning.plusMinutes(5)).rrn("RM0000000002").trace(902),
                    line(a, "SALE", 3000, morning.plusMinutes(10)).rrn("RM0000000003").trace(903),
                    line(a, "SALE", 3000, morning.plusMinutes(10)).rrn("RM0000000003").trace(903),
                    line(a, "SALE", 5000, morning.plusMinutes(20)).rrn("RM0000000005").trace(905),
                    // The acquirer's trace is not the slip's STAN and its RRN is its own: only the reference links it.
                    line(a, "VOID", 5000, morning.plusHours(1)).rrn("ACQ000000099").trace(909)
                            .original(5, morning.plusMinutes(20)),
                    // No RRN: the tolerant pass (terminal + trace + time) finds it a minute off.
                    line(a, "SALE", 6000, morning.plusMinutes(31)).trace(6),
                    line(b, "SALE", 700, morning).rrn("RM0000000011").trace(1),
                    // Never uploaded: batch 3 of terminal C is incomplete, so the terminal is asked (361).
                    line(cTid, "SALE", 888, morning).rrn("RM0000000031").trace(7).batch(3),
                    // A terminal nobody knows.
                    line("ZZ999999", "SALE", 999, morning).rrn("RM0000000099").trace(8)));

            reconciliation.match(statement);

            Map<Integer, String> outcomes = outcomes(c, statement);
            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(1, "MATCHED", 2, "AMOUNT_MISMATCH",
                    3, "MATCHED", 4, "DUPLICATE", 5, "MATCHED", 6, "MATCHED", 7, "MATCHED", 8, "MATCHED",
                    9, "MISSING_IN_POSDESK", 10, "MISSING_IN_POSDESK"));
            assertThat(claim(c, statement, 1)).isEqualTo(matched);
            assertThat(claim(c, statement, 2)).as("a mismatch names the entry").isEqualTo(offByOne);
            assertThat(claim(c, statement, 3)).isEqualTo(twice);
            assertThat(claim(c, statement, 4)).as("a duplicate claims nothing").isNull();
            assertThat(claim(c, statement, 6)).as("void linked by reference, in another batch").isEqualTo(theVoid);
            assertThat(claim(c, statement, 7)).isEqualTo(byTrace);
            assertThat(claim(c, statement, 8)).isEqualTo(bSale);
            assertThat(text(c, "select state from statement where id = ?", statement)).isEqualTo("MATCHED");

            assertThat(list(c, "select outcome, transaction_id, batch_id from reconciliation_discrepancy"
                    + " where statement_id = ? and transaction_id is not null order by outcome", statement))
                    .extracting(r -> r.get("outcome") + "/" + r.get("transaction_id") + "/" + r.get("batch_id"))
                    .containsExactly("AMOUNT_MISMATCH/" + offByOne + "/" + a1, "DUPLICATE/" + twice + "/" + a1,
                            "MISSING_AT_ACQUIRER/" + notListed + "/" + a1);
            assertThat(count(c, "select count(*) from reconciliation_discrepancy where statement_id = ?"
                    + " and outcome = 'MISSING_IN_POSDESK' and merchant_id is null and tid = 'ZZ999999'", statement))
                    .as("unknown terminal: staff only").isEqualTo(1);
            assertThat(count(c, "select count(*) from alert where kind = 'STATEMENT_UNKNOWN_TERMINAL' and cause_key = ?",
                    statement + "/ZZ999999")).isEqualTo(1);
            // The merchant's discrepancies of the day (the unknown terminal's is nobody's): one alert,
            // counted again, not repeated, by the next run of the same clearing date.
            assertThat(list(c, "select merchant_id, state, message from alert where kind = 'RECONCILIATION_DISCREPANCIES'"
                    + " and cause_key = ?", tenant.merchantId + "/" + day))
                    .singleElement().satisfies(r -> {
                        assertThat(((Number) r.get("merchant_id")).longValue()).isEqualTo(tenant.merchantId);
                        assertThat(r.get("state")).isEqualTo("OPEN");
                        assertThat((String) r.get("message")).startsWith("4 discrepancies for clearing date " + day);
                    });
            assertThat(list(c, "select d.state, mc.source, mc.rrn, mc.claimed_amount_minor from reconciliation_discrepancy d"
                    + " join missing_order_case mc on mc.id = d.case_id where d.statement_id = ?", statement))
                    .extracting(r -> r.get("state") + "/" + r.get("source") + "/" + r.get("rrn") + "/"
                            + r.get("claimed_amount_minor"))
                    .containsExactly("CASE_OPENED/RECONCILIATION/RM0000000031/888");
            assertThat(count(c, "select count(*) from terminal_command where tid = ? and code = '361'"
                    + " and batch_number = 3", cTid)).as("the terminal is asked to upload").isEqualTo(1);
            assertThat(state(c, c3)).isEqualTo("RESUBMIT_PENDING");

            assertThat(state(c, a1)).isEqualTo("DISCREPANT");
            assertThat(state(c, a2)).as("its void matched").isEqualTo("RECONCILED");
            assertThat(state(c, b1)).isEqualTo("RECONCILED");
            assertThat(text(c, "select cause from batch_transition where batch_id = ? and to_state = 'DISCREPANT'", a1))
                    .contains("3 discrepancies");
            assertThat(list(c, "select matched_count, amount_mismatch_count, duplicate_count, missing_in_posdesk_count,"
                    + " missing_at_acquirer_count, missing_at_acquirer_amount, batches_reconciled, batches_discrepant"
                    + " from reconciliation_run where statement_id = ?", statement))
                    .extracting(r -> List.copyOf(r.values()).toString())
                    .containsExactly("[6, 1, 1, 2, 1, 4000, 2, 1]");

            // Matching again, directly or through the job's entry point, changes nothing.
            String before = snapshot(c, statement, tenant.merchantId);
            assertThat(reconciliation.match(statement)).isEmpty();
            reconciliation.matchImported();
            assertThat(snapshot(c, statement, tenant.merchantId)).isEqualTo(before);
        }
    }

    @Test
    void aSaleAfterTheCutOffIsJudgedWithTheNextDaysFileAndARepeatedSaleIsClaimedOnce() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "RN", "Reconciliation cut-off merchant", 1, 1, 0, "it-recon-n",
                    "it-recon-pw-2");
            ReconFixture.clear(c, tenant.merchantId, tenant.tids);
            String t = tenant.tids.get(0);
            LocalDate day = LocalDate.of(2026, 3, 12);
            long batch = ReconFixture.batch(c, t, 1, "BALANCED", Instant.parse("2026-03-12T01:00:00Z"));
            long early = entry(c, t, 1, 1, "RN0000000001", "SALE", "APPROVED", 1500, day.atTime(22, 50), null);
            // 23:10 Beijing: UnionPay has closed the 12th; the sale is in the file of the 13th.
            long late = entry(c, t, 1, 2, "RN0000000002", "SALE", "APPROVED", 2500, day.atTime(23, 10), null);

            long first = ReconFixture.statement(c, day, List.of(
                    line(t, "SALE", 1500, day.atTime(22, 50)).rrn("RN0000000001").trace(1)));
            reconciliation.match(first);
            assertThat(count(c, "select count(*) from reconciliation_discrepancy where transaction_id = ?", late))
                    .as("after the cut-off: not missing from the 12th's file").isZero();
            assertThat(state(c, batch)).as("waits for the next file").isEqualTo("BALANCED");

            // The agent-clearing file (ACOMA) of the same day repeats the first sale: counted once.
            long acoma = ReconFixture.statement(c, day, List.of(
                    line(t, "SALE", 1500, day.atTime(22, 50)).rrn("RN0000000001").trace(1)));
            reconciliation.match(acoma);
            assertThat(outcomes(c, acoma)).containsExactly(Map.entry(1, "DUPLICATE"));
            assertThat(count(c, "select count(*) from reconciliation_discrepancy where statement_id = ?", acoma))
                    .isZero();

            long next = ReconFixture.statement(c, day.plusDays(1), List.of(
                    line(t, "SALE", 2500, day.atTime(23, 10)).rrn("RN0000000002").trace(2)));
            reconciliation.match(next);
            assertThat(claim(c, next, 1)).isEqualTo(late);
            assertThat(claim(c, first, 1)).isEqualTo(early);
            assertThat(state(c, batch)).isEqualTo("RECONCILED");

            // The first sale again, in a later file at another time (so not a repeat of its line):
            // the RRN finds the entry, but the line of the 12th holds it and keeps it.
            long again = ReconFixture.statement(c, day.plusDays(2), List.of(
                    line(t, "SALE", 1500, day.atTime(22, 51)).rrn("RN0000000001").trace(1)));
            reconciliation.match(again);
            assertThat(claim(c, again, 1)).isNull();
            assertThat(outcomes(c, again)).containsExactly(Map.entry(1, "MISSING_IN_POSDESK"));
            assertThat(claim(c, first, 1)).isEqualTo(early);
        }
    }

    @Test
    void aMerchantSeesOnlyTheirShareAndAnAgentsResolutionReconcilesTheBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant mine = TestTenant.ensure(c, "RQ", "Queue merchant", 1, 1, 0, "it-recon-q", "it-recon-pw-5");
            TestTenant other = TestTenant.ensure(c, "RR", "Other queue merchant", 1, 1, 0, "it-recon-r", "it-recon-pw-6");
            TestTenant.ensureStaff(c, "it-recon-agent", "it-recon-pw-7", "AGENT");
            ReconFixture.clear(c, mine.merchantId, mine.tids);
            ReconFixture.clear(c, other.merchantId, other.tids);
            String q = mine.tids.get(0);
            String r = other.tids.get(0);
            LocalDate day = LocalDate.of(2026, 3, 25);
            long batch = ReconFixture.batch(c, q, 1, "UPLOADED", Instant.parse("2026-03-25T01:00:00Z"));
            ReconFixture.batch(c, r, 1, "UPLOADED", Instant.parse("2026-03-25T01:00:00Z"));
            entry(c, q, 1, 1, "RQ0000000001", "SALE", "APPROVED", 500, day.atTime(10, 0), null);
            entry(c, r, 1, 1, "RR0000000001", "SALE", "APPROVED", 700, day.atTime(10, 0), null);
            long statement = ReconFixture.statement(c, day, List.of(
                    line(q, "SALE", 501, day.atTime(10, 0)).rrn("RQ0000000001").trace(1),
                    line(r, "SALE", 701, day.atTime(10, 0)).rrn("RR0000000001").trace(1)));
            reconciliation.match(statement);
            assertThat(state(c, batch)).isEqualTo("DISCREPANT");

            List<DiscrepancyRow> seen = asMerchant.call(() -> desk.page("OPEN", null, 200).rows());
            assertThat(seen).extracting(DiscrepancyRow::tid).contains(q).doesNotContain(r);
            long id = seen.stream().filter(d -> q.equals(d.tid())).findFirst().orElseThrow().id();
            assertThatThrownBy(() -> asMerchant.call(() -> {
                desk.resolve(id, "looks fine to me");
                return null;
            })).as("merchant users read the queue only").isNotNull();
            RunRow share = asMerchant.call(() -> runs.page(null, 200).rows()).stream()
                    .filter(row -> row.fileName().contains("-" + statement + "ACOMN")).findFirst().orElseThrow();
            assertThat(List.of(share.lines(), share.amountMismatch(), share.amountMismatchAmount()))
                    .as("their line only").containsExactly(1L, 1L, 501L);
            assertThat(share.batchesReconciled()).isNull();

            asAgent.call(() -> {
                desk.resolve(id, "acquirer fee rounding, agreed by phone");
                return null;
            });
            assertThat(state(c, batch)).isEqualTo("RECONCILED");
            assertThat(text(c, "select cause from batch_transition where batch_id = ? and to_state = 'RECONCILED'", batch))
                    .isEqualTo("discrepancy resolved by a person: discrepancies resolved");
            assertThat(count(c, "select count(*) from audit_entry where username = 'it-recon-agent'"
                    + " and event = 'DISCREPANCY_RESOLVE' and target_id = ?", String.valueOf(id))).isEqualTo(1);
            assertThat(text(c, "select resolved_by from reconciliation_discrepancy where id = ?", id))
                    .isEqualTo("it-recon-agent");
            assertThat(list(c, "select from_state, to_state, actor, reason from discrepancy_transition"
                    + " where discrepancy_id = ? order by occurred_at, id", id))
                    .extracting(t -> t.get("from_state") + ">" + t.get("to_state") + " " + t.get("actor") + ": " + t.get("reason"))
                    .containsExactly("null>OPEN reconciliation: found: AMOUNT_MISMATCH",
                            "OPEN>RESOLVED it-recon-agent: acquirer fee rounding, agreed by phone");
        }
    }

    @Test
    void anIncompleteUploadIsAskedForAgainWithBackoffThenAPersonIsTold() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "RU", "Upload retry merchant", 1, 1, 0, "it-recon-u",
                    "it-recon-pw-3");
            ReconFixture.clear(c, tenant.merchantId, tenant.tids);
            String t = tenant.tids.get(0);
            long batch = ReconFixture.batch(c, t, 4, "UPLOAD_INCOMPLETE", Instant.now().minusSeconds(7200));
            ReconFixture.update(c, "delete from alert where kind = 'UPLOAD_RETRY_EXHAUSTED' and cause_key like ?",
                    t + "/%");

            uploadRetry.retry();
            assertThat(state(c, batch)).isEqualTo("RESUBMIT_PENDING");
            assertThat(count(c, "select count(*) from resubmission where batch_id = ? and requested_by = 'upload-retry'",
                    batch)).isEqualTo(1);
            assertThat(count(c, "select count(*) from terminal_command where tid = ? and code = '361'", t)).isEqualTo(1);

            // The terminal broke off again: the next request waits for the backoff (5 min after the first)...
            ReconFixture.update(c, "update batch set state = 'UPLOAD_INCOMPLETE' where id = ?", batch);
            uploadRetry.retry();
            assertThat(count(c, "select count(*) from terminal_command where tid = ? and code = '361'", t)).isEqualTo(1);
            // ...and goes out once it has passed.
            ReconFixture.update(c, "update resubmission set requested_at = requested_at - interval 6 minute"
                    + " where batch_id = ?", batch);
            uploadRetry.retry();
            assertThat(count(c, "select count(*) from terminal_command where tid = ? and code = '361'", t)).isEqualTo(2);

            // Five automatic attempts and still incomplete: one alert, however often the job runs.
            ReconFixture.update(c, "update batch set state = 'UPLOAD_INCOMPLETE' where id = ?", batch);
            for (int i = 0; i < 3; i++) {
                ReconFixture.update(c, "insert into resubmission (id, batch_id, requested_by, requested_at, state)"
                        + " values (nextval(resubmission_seq), ?, 'upload-retry', now(3) - interval 1 day, 'FAILED')", batch);
            }
            uploadRetry.retry();
            uploadRetry.retry();
            assertThat(count(c, "select count(*) from terminal_command where tid = ? and code = '361'", t)).isEqualTo(2);
            assertThat(list(c, "select occurrences, merchant_id from alert where kind = 'UPLOAD_RETRY_EXHAUSTED'"
                    + " and cause_key like ?", t + "/4@%")).extracting(r -> r.get("occurrences") + "/" + r.get("merchant_id"))
                    .containsExactly("1/" + tenant.merchantId);
        }
    }

    @Test
    void theDailySummaryWritesOneCsvPerMerchantAndRewritesItWhole() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "RS", "Summary, merchant", 1, 1, 0, "it-recon-s", "it-recon-pw-4");
            ReconFixture.clear(c, tenant.merchantId, tenant.tids);
            String t = tenant.tids.get(0);
            LocalDate day = LocalDate.of(2026, 3, 20);
            ReconFixture.batch(c, t, 1, "BALANCED", Instant.parse("2026-03-20T01:00:00Z"));
            entry(c, t, 1, 1, "RS0000000001", "SALE", "APPROVED", 1050, day.atTime(9, 0), null);
            entry(c, t, 1, 2, "RS0000000002", "SALE", "APPROVED", 2000, day.atTime(23, 59), null);
            entry(c, t, 1, 3, "RS0000000003", "SALE", "DECLINED", 9999, day.atTime(10, 0), null);
            entry(c, t, 1, 4, "RS0000000004", "REFUND", "APPROVED", 300, day.atTime(11, 0), null);
            entry(c, t, 1, 5, "RS0000000005", "SALE", "APPROVED", 7777, day.plusDays(1).atTime(0, 0), null);

            summary.write(day);
            java.util.List<java.nio.file.Path> files = summary.write(day);

            java.nio.file.Path mine = files.stream().filter(p -> p.getFileName().toString().equals("ITRS00000000000.csv"))
                    .findFirst().orElseThrow();
            assertThat(java.nio.file.Files.readAllLines(mine)).containsExactly(
                    "day,mid,merchant,tid,type,count,amount,open_discrepancies",
                    "2026-03-20,ITRS00000000000,\"Summary, merchant\"," + t + ",REFUND,1,3.00,0",
                    "2026-03-20,ITRS00000000000,\"Summary, merchant\"," + t + ",SALE,2,30.50,0");
            assertThat(java.nio.file.Files.list(mine.getParent()).map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    private static Map<Integer, String> outcomes(Connection c, long statement) throws Exception {
        Map<Integer, String> out = new java.util.TreeMap<>();
        for (Map<String, Object> r : list(c, "select line_number, match_outcome from statement_line where statement_id = ?",
                statement)) {
            out.put(((Number) r.get("line_number")).intValue(), (String) r.get("match_outcome"));
        }
        return out;
    }

    private static Long claim(Connection c, long statement, int lineNumber) throws Exception {
        List<Map<String, Object>> rows = list(c, "select matched_transaction_id from statement_line where statement_id = ?"
                + " and line_number = ?", statement, lineNumber);
        Object id = rows.get(0).get("matched_transaction_id");
        return id == null ? null : ((Number) id).longValue();
    }

    private static String state(Connection c, long batchId) throws Exception {
        return text(c, "select state from batch where id = ?", batchId);
    }

    private static String snapshot(Connection c, long statement, long merchantId) throws Exception {
        return outcomes(c, statement) + "|" + list(c, "select matched_transaction_id from statement_line"
                + " where statement_id = ? order by line_number", statement)
                + "|" + count(c, "select count(*) from reconciliation_discrepancy where statement_id = ?", statement)
                + "|" + count(c, "select count(*) from missing_order_case where merchant_id = ?", merchantId)
                + "|" + count(c, "select count(*) from terminal_command where terminal_id in"
                + " (select id from terminal where merchant_id = ?)", merchantId)
                + "|" + count(c, "select count(*) from batch_transition where batch_id in"
                + " (select id from batch where merchant_id = ?)", merchantId)
                + "|" + count(c, "select count(*) from reconciliation_run where statement_id = ?", statement);
    }
}

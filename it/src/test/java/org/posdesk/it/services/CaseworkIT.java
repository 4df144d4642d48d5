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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CandidateFinder;
import org.posdesk.application.casework.CandidateList;
import org.posdesk.application.casework.CandidateReason;
import org.posdesk.application.casework.CaseActionRefusedException;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.casework.CaseOpening;
import org.posdesk.application.casework.CaseRow;
import org.posdesk.application.casework.CaseSweep;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.casework.ClaimForm;
import org.posdesk.application.casework.QueueFilter;
import org.posdesk.domain.shared.Money;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;
import org.posdesk.it.orders.OrderFiles;
import org.posdesk.it.search.JournalEntry;

/**
 * Missing-order cases through the services, as merchant users and an agent call them: who sees
 * which case and which notes, who may act, the history and audit of every action, linking the
 * found payment (the order follows), the candidate ranking on look-alike payments, and the
 * automatic openings' idempotence. Merchants A and B are shared with MerchantIsolationIT, which
 * counts today's journal: every journal row written here is dated two days back.
 */
@ExtendWith(ArquillianExtension.class)
class CaseworkIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(CaseworkIT.class, OrderTenants.withCallers(OrderFiles.class,
                JournalEntry.class));
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
    private Casework cases;
    @EJB
    private CandidateFinder finder;
    @EJB
    private CaseOpening opening;
    @EJB
    private CaseSweep sweep;

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
    void merchantsSeeTheirOwnCasesWithoutInternalNotesAndOnlyStaffActWithEveryStepAudited() throws Exception {
        String p = OrderFiles.freshPrefix("C");
        long amount = randomAmount();
        insertOrder(p + "-1", "S1", amount, "UNPAID", "ERP");
        String tidS1 = a.tids.get(0);
        long id = asMerchantA.call(() -> cases.openFromClaim(new ClaimForm(null, null, tidS1, p + "-1", amount,
                LocalDateTime.now(SHANGHAI).minusHours(1), "1234", null, null, null, "customer shows a bank SMS")));

        CaseDetail mine = asMerchantA.call(() -> cases.detail(id));
        assertThat(mine.row().state()).isEqualTo("OPEN");
        assertThat(mine.row().source()).isEqualTo("MERCHANT_REPORT");
        assertThat(mine.row().tid()).isEqualTo(tidS1);
        assertThat(mine.row().slaDueAt()).isAfter(mine.row().openedAt());
        assertThat(mine.notes()).extracting(CaseDetail.NoteView::body).containsExactly("customer shows a bank SMS");
        // Another merchant, and a user confined to the other store, see nothing of it.
        assertThatThrownBy(() -> asMerchantB.call(() -> cases.detail(id))).isInstanceOf(AccessDeniedException.class)
                .hasMessage("not found");
        assertThat(ids(asMerchantB.call(() -> cases.queue(QueueFilter.all(), null, 200)).rows())).doesNotContain(id);
        assertThat(ids(asMerchantB.call(() -> cases.queue(new QueueFilter(null, a.merchantId, null, false, null),
                null, 200)).rows())).doesNotContain(id);
        assertThatThrownBy(() -> asMerchantAStore2.call(() -> cases.detail(id))).isInstanceOf(AccessDeniedException.class);
        assertThat(ids(asMerchantAStore2.call(() -> cases.queue(QueueFilter.all(), null, 200)).rows())).doesNotContain(id);
        // The agent sees every merchant's queue; counts follow.
        assertThat(ids(asAgent.call(() -> cases.queue(new QueueFilter("OPEN", a.merchantId, null, false, null),
                null, 200)).rows())).contains(id);
        long openBefore = asAgent.call(() -> cases.countsByState(a.merchantId)).get("OPEN");
        assertThat(openBefore).isPositive();

        asAgent.call(() -> {
            cases.assignToMe(id);
            cases.addNote(id, "customer sounds unsure of the day", true);
            cases.addNote(id, "we are checking with the acquirer", false);
            return null;
        });
        assertThat(asAgent.call(() -> cases.countsByState(a.merchantId)).get("OPEN")).isEqualTo(openBefore - 1);
        assertThat(ids(asAgent.call(() -> cases.queue(new QueueFilter(null, null, null, false, QueueFilter.ME),
                null, 200)).rows())).contains(id);
        assertThat(asAgent.call(() -> cases.detail(id)).notes()).extracting(CaseDetail.NoteView::body)
                .contains("customer sounds unsure of the day");
        CaseDetail seenByMerchant = asMerchantA.call(() -> cases.detail(id));
        assertThat(seenByMerchant.row().state()).isEqualTo("INVESTIGATING");
        assertThat(seenByMerchant.notes()).extracting(CaseDetail.NoteView::body)
                .containsExactly("customer shows a bank SMS", "we are checking with the acquirer");
        assertThat(seenByMerchant.staffView()).isFalse();

        // Merchant users follow their case; they do not work the queue.
        assertThatThrownBy(() -> asMerchantA.call(() -> { cases.assignToMe(id); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMerchantA.call(() -> { cases.addNote(id, "psst", true); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asMerchantA.call(() -> { cases.resolve(id, "NOT_PAID", "x"); return null; }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asAgent.call(() -> { cases.escalate(id, " "); return null; }))
                .isInstanceOf(CaseActionRefusedException.class);

        asAgent.call(() -> {
            cases.escalate(id, "acquirer to confirm the authorisation");
            cases.resolve(id, "NOT_PAID", "acquirer: authorisation declined");
            return null;
        });
        assertThatThrownBy(() -> asAgent.call(() -> { cases.escalate(id, "again"); return null; }))
                .isInstanceOf(CaseActionRefusedException.class);
        asAgent.call(() -> { cases.reopen(id, "merchant sent the bank statement"); return null; });

        CaseDetail after = asAgent.call(() -> cases.detail(id));
        assertThat(after.transitions()).extracting(CaseDetail.TransitionView::toState)
                .containsExactly("OPEN", "INVESTIGATING", "ESCALATED", "RESOLVED", "REOPENED");
        assertThat(after.transitions()).extracting(CaseDetail.TransitionView::actor)
                .containsExactly(Callers.MERCHANT_A, Callers.AGENT, Callers.AGENT, Callers.AGENT, Callers.AGENT);
        assertThat(after.transitions().get(3).reason()).isEqualTo("acquirer: authorisation declined");
        assertThat(after.row().resolutionKind()).isNull();
        assertThat(audit(id)).containsExactly(
                "CASE_OPEN " + Callers.MERCHANT_A, "CASE_ASSIGN " + Callers.AGENT, "CASE_NOTE " + Callers.AGENT,
                "CASE_NOTE " + Callers.AGENT, "CASE_ESCALATE " + Callers.AGENT, "CASE_RESOLVE " + Callers.AGENT,
                "CASE_REOPEN " + Callers.AGENT);
        // Nothing is deleted: both notes are still stored.
        assertThat(count("select count(*) from case_note where case_id = ?", id)).isEqualTo(3);
    }

    @Test
    void theLateOfflineSaleRanksFirstAmongLookAlikesAndLinkingItPaysTheOrder() throws Exception {
        String p = OrderFiles.freshPrefix("L");
        long amount = randomAmount();
        long orderId = insertOrder(p + "-1", "S1", amount, "UNPAID", "ERP");
        LocalDateTime noon = LocalDateTime.now(SHANGHAI).minusDays(2).withHour(12).withMinute(0).withSecond(0).withNano(0);
        String t1 = a.tids.get(0);
        String otherStore = a.tids.get(2);
        int batch = 500 + ThreadLocalRandom.current().nextInt(400);
        JournalEntry right;
        JournalEntry lookAlike;
        JournalEntry voided;
        JournalEntry reversed;
        try (Connection c = dataSource.getConnection()) {
            // The offline sale made a minute after the customer's "noon", received only today.
            right = new JournalEntry(t1, batch, stan(), noon.plusMinutes(1)).amount(amount).card("622202", "1234")
                    .kind("SALE", "APPROVED", "OFFLINE").insert(c);
            lookAlike = new JournalEntry(otherStore, batch, stan(), noon).amount(amount).card("622202", "1234")
                    .insert(c);
            voided = new JournalEntry(t1, batch, stan(), noon).amount(amount).card("622202", "1234")
                    .kind("SALE", "VOIDED", "ONLINE").insert(c);
            reversed = new JournalEntry(t1, batch, stan(), noon.plusMinutes(2)).amount(amount).card("622202", "1234")
                    .kind("SALE", "REVERSED", "ONLINE").insert(c);
            // A reversal whose original never arrived, and an acquirer line no journal entry matched.
            update(c, "insert into card_reversal (id, merchant_id, terminal_id, tid, batch_number, stan, reason,"
                    + " processing_code, amount_minor, currency, card_bin, card_last4, received_at)"
                    + " select nextval(card_reversal_seq), merchant_id, id, tid, ?, ?, '98', '000000', ?, 'CNY',"
                    + " '622202', '1234', ? from terminal where tid = ?", batch, "%06d".formatted(stan()), amount,
                    Timestamp.from(noon.plusMinutes(3).atZone(SHANGHAI).toInstant()), t1);
            long statement = Long.parseLong(string("select nextval(statement_seq)", null));
            update(c, "insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at, state)"
                    + " values (?, 'IT', ?, sha2(?, 256), current_date, now(), 'IMPORTED')", statement, p + ".csv", p);
            update(c, "insert into statement_line (id, statement_id, line_number, tid, mid, rrn, stan, type,"
                    + " amount_minor, currency, card_last4, transaction_time) values (nextval(statement_line_seq), ?, 1,"
                    + " ?, 'ITSA00000000000', ?, ?, 'SALE', ?, 'CNY', '1234', ?)", statement, t1,
                    "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L)), "%06d".formatted(stan()),
                    amount, Timestamp.valueOf(noon.plusMinutes(4)));
        }
        long id = asMerchantA.call(() -> cases.openFromClaim(new ClaimForm(null, null, t1, p + "-1", amount, noon,
                "1234", null, null, null, null)));

        long started = System.nanoTime();
        CandidateList list = asAgent.call(() -> finder.candidates(id));
        System.out.printf("CaseworkIT: %d candidates in %d ms%n", list.candidates().size(),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(list.candidates()).extracting(Candidate::kind).contains("JOURNAL", "REVERSAL", "STATEMENT");
        assertThat(list.candidates()).filteredOn(k -> !k.kind().equals("JOURNAL")).allSatisfy(k -> {
            assertThat(k.linkable()).isFalse();
            assertThat(k.reasons()).extracting(CandidateReason::code).contains("AMOUNT_EXACT", "LAST_FOUR");
        });
        List<Long> ranked = list.candidates().stream().map(k -> k.kind().equals("JOURNAL") ? k.id() : -k.id()).toList();
        assertThat(ranked.get(0)).isEqualTo(right.id);
        assertThat(ranked).contains(lookAlike.id, voided.id, reversed.id);
        assertThat(ranked.indexOf(lookAlike.id)).isLessThan(ranked.indexOf(voided.id))
                .isLessThan(ranked.indexOf(reversed.id));
        Candidate best = list.candidates().get(0);
        assertThat(best.origin()).isEqualTo("OFFLINE");
        assertThat(best.linkable()).isTrue();
        assertThat(best.reasons()).extracting(CandidateReason::code)
                .containsExactlyInAnyOrder("AMOUNT_EXACT", "TIME_CLOSE", "TERMINAL", "LAST_FOUR");
        Candidate voidedOne = list.candidates().get(ranked.indexOf(voided.id));
        assertThat(voidedOne.reasons()).extracting(CandidateReason::code).contains("VOIDED");
        assertThat(voidedOne.linkable()).isFalse();
        assertThat(list.terminal().tid()).isEqualTo(t1);
        assertThatThrownBy(() -> asMerchantA.call(() -> finder.candidates(id))).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> asAgent.call(() -> { cases.linkPayment(id, voided.id, null, null); return null; }))
                .isInstanceOf(CaseActionRefusedException.class);
        assertThat(status(orderId)).isEqualTo("UNPAID");
        asAgent.call(() -> { cases.linkPayment(id, right.id, null, "offline sale arrived late"); return null; });

        assertThat(status(orderId)).isEqualTo("PAID");
        assertThat(string("select order_number from card_transaction where id = ?", right.id)).isEqualTo(p + "-1");
        CaseDetail seen = asMerchantA.call(() -> cases.detail(id));
        assertThat(seen.row().state()).isEqualTo("RESOLVED");
        assertThat(seen.row().resolutionKind()).isEqualTo("LINKED");
        assertThat(seen.transactionId()).isEqualTo(right.id);
        assertThat(audit(id)).containsExactly("CASE_OPEN " + Callers.MERCHANT_A, "CASE_LINK " + Callers.AGENT);
        assertThat(ids(asAgent.call(() -> cases.queue(new QueueFilter(null, a.merchantId, null, false, null), null,
                200)).rows())).doesNotContain(id);
    }

    @Test
    void automaticOpeningsHappenOncePerPaymentAndAcquirerLine() throws Exception {
        String p = OrderFiles.freshPrefix("U");
        long amount = randomAmount();
        JournalEntry payment;
        try (Connection c = dataSource.getConnection()) {
            payment = new JournalEntry(b.tids.get(0), 800 + ThreadLocalRandom.current().nextInt(99), stan(),
                    LocalDateTime.now(SHANGHAI).minusDays(2)).amount(amount).references(null, null, p + "-X").insert(c);
            update(c, "insert into merchant_order (id, merchant_id, store_id, order_number, amount_minor, currency,"
                    + " status, source, created_at, updated_at) select nextval(merchant_order_seq), merchant_id,"
                    + " store_id, ?, ?, 'CNY', 'PAID', 'PAYMENT', now(), now() from terminal where tid = ?",
                    p + "-X", amount, b.tids.get(0));
        }
        long first = asAgent.call(() -> opening.openForUnknownOrder(payment.id)).orElseThrow();
        assertThat(asAgent.call(() -> opening.openForUnknownOrder(payment.id))).contains(first);
        CaseDetail unknown = asMerchantB.call(() -> cases.detail(first));
        assertThat(unknown.row().source()).isEqualTo("PAYMENT_WITHOUT_ORDER");
        assertThat(unknown.row().orderNumber()).isEqualTo(p + "-X");
        assertThat(unknown.transactionId()).isEqualTo(payment.id);
        assertThatThrownBy(() -> asMerchantA.call(() -> cases.detail(first))).isInstanceOf(AccessDeniedException.class);

        String rrn = "%012d".formatted(ThreadLocalRandom.current().nextLong(1_000_000_000L));
        LocalDateTime when = LocalDateTime.now(SHANGHAI).minusDays(1).withNano(0);
        long acquirer = asAgent.call(() -> opening.openForAcquirerPayment(b.merchantId, b.tids.get(0),
                Money.of(amount, "CNY"), when, rrn, null, "4321"));
        assertThat(asAgent.call(() -> opening.openForAcquirerPayment(b.merchantId, b.tids.get(0),
                Money.of(amount, "CNY"), when, rrn, null, "4321"))).isEqualTo(acquirer);
        CaseDetail fromAcquirer = asAgent.call(() -> cases.detail(acquirer));
        assertThat(fromAcquirer.row().source()).isEqualTo("RECONCILIATION");
        assertThat(fromAcquirer.rrn()).isEqualTo(rrn);
        assertThat(count("select count(*) from missing_order_case where rrn = ?", rrn)).isEqualTo(1);
        assertThat(audit(acquirer)).containsExactly("CASE_OPEN system");
    }

    @Test
    void theSweepOpensOneCaseForAnUnknownOrderAnOrphanVoidAndAnOrphanReversal() throws Exception {
        String p = OrderFiles.freshPrefix("W");
        long amount = randomAmount();
        String tid = b.tids.get(0);
        Instant arrived = Instant.now().minusSeconds(5);
        JournalEntry unknownOrder;
        JournalEntry orphanVoid;
        long reversal;
        try (Connection c = dataSource.getConnection()) {
            int batch = 800 + ThreadLocalRandom.current().nextInt(99);
            unknownOrder = new JournalEntry(tid, batch, stan(), LocalDateTime.now(SHANGHAI).minusDays(2).minusMinutes(5))
                    .amount(amount).references(null, null, p + "-X").receivedAt(arrived).insert(c);
            update(c, "insert into merchant_order (id, merchant_id, store_id, order_number, amount_minor, currency,"
                    + " status, source, created_at, updated_at) select nextval(merchant_order_seq), merchant_id,"
                    + " store_id, ?, ?, 'CNY', 'PAID', 'PAYMENT', now(), now() from terminal where tid = ?",
                    p + "-X", amount, tid);
            orphanVoid = new JournalEntry(tid, batch, stan(), LocalDateTime.now(SHANGHAI).minusDays(2).minusMinutes(4))
                    .amount(amount).kind("VOID", "APPROVED", "ONLINE").receivedAt(arrived).anomaly().insert(c);
            reversal = Long.parseLong(string("select nextval(card_reversal_seq)", null));
            update(c, "insert into card_reversal (id, merchant_id, terminal_id, tid, batch_number, stan, reason,"
                    + " processing_code, amount_minor, currency, card_bin, card_last4, received_at)"
                    + " select ?, merchant_id, id, tid, ?, ?, '98', '000000', ?, 'CNY', '622202', '7777', ?"
                    + " from terminal where tid = ?", reversal, batch, "%06d".formatted(stan()), amount,
                    Timestamp.from(arrived), tid);
        }
        List<String> keys = List.of("TX:" + unknownOrder.id, "TX:" + orphanVoid.id, "REV:" + reversal);
        System.setProperty("posdesk.casework.grace", "1s");
        try {
            // Other tests' rows are swept too, a thousand a run: run until ours are reached.
            for (int run = 0; run < 50 && countKeys(keys) < 3; run++) {
                asAgent.call(() -> sweep.sweep());
            }
            assertThat(countKeys(keys)).isEqualTo(3);
            asAgent.call(() -> sweep.sweep());
            assertThat(countKeys(keys)).as("a second run opens nothing twice").isEqualTo(3);
        } finally {
            System.clearProperty("posdesk.casework.grace");
        }
        assertThat(string("select source from missing_order_case where opening_key = ?", keys.get(0)))
                .isEqualTo("PAYMENT_WITHOUT_ORDER");
        assertThat(string("select source from missing_order_case where opening_key = ?", keys.get(1)))
                .isEqualTo("ORIGINAL_NOT_FOUND");
        assertThat(string("select source from missing_order_case where opening_key = ?", keys.get(2)))
                .isEqualTo("ORIGINAL_NOT_FOUND");
        long reversalCase = Long.parseLong(string("select id from missing_order_case where opening_key = ?",
                keys.get(2)));
        CaseDetail seen = asMerchantB.call(() -> cases.detail(reversalCase));
        assertThat(seen.row().cardLastFour()).isEqualTo("7777");
        assertThat(seen.row().amountMinor()).isEqualTo(amount);
    }

    private long countKeys(List<String> keys) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from missing_order_case where opening_key in (?, ?, ?)")) {
            for (int i = 0; i < keys.size(); i++) {
                s.setString(i + 1, keys.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long randomAmount() {
        return 100_000 + ThreadLocalRandom.current().nextLong(900_000);
    }

    private static int stan() {
        return 1 + ThreadLocalRandom.current().nextInt(999_998);
    }

    private static List<Long> ids(List<CaseRow> rows) {
        return rows.stream().map(CaseRow::id).toList();
    }

    private long insertOrder(String number, String store, long amount, String status, String source) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement s = c.prepareStatement("select nextval(merchant_order_seq)");
                 ResultSet r = s.executeQuery()) {
                r.next();
                id = r.getLong(1);
            }
            Timestamp now = Timestamp.from(Instant.now());
            update(c, "insert into merchant_order (id, merchant_id, store_id, order_number, amount_minor, currency,"
                            + " status, source, merchant_sent_at, created_at, updated_at) select ?, merchant_id, id, ?, ?,"
                            + " 'CNY', ?, ?, ?, ?, ? from store where merchant_id = ? and code = ?",
                    id, number, amount, status, source, now, now, now, a.merchantId, store);
            return id;
        }
    }

    private String status(long orderId) throws SQLException {
        return string("select status from merchant_order where id = ?", orderId);
    }

    private List<String> audit(long caseId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select event, username from audit_entry where target_type = 'case'"
                     + " and target_id = ? order by chain_position")) {
            s.setString(1, Long.toString(caseId));
            List<String> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(r.getString(1) + " " + r.getString(2));
                }
            }
            return events;
        }
    }

    private String string(String sql, Object arg) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (arg != null) {
                s.setObject(1, arg);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long count(String sql, Object arg) throws SQLException {
        return Long.parseLong(string(sql, arg));
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

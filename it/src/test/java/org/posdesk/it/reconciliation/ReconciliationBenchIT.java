package org.posdesk.it.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.posdesk.application.reconciliation.Reconciliation;
import org.posdesk.it.Deployments;
import org.posdesk.it.TestTenant;

/**
 * Not part of the suite (a measurement, not a timed test): matches a generated statement of
 * {@code posdesk.bench.lines} lines (default 200,000) against a journal of the same size, every
 * 1,000th line off by one fen, and prints the time. Run with
 * {@code ./mvnw -B verify -Dit.test=ReconciliationBenchIT -Dposdesk.bench=true}.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIf("requested")
class ReconciliationBenchIT {

    /** Asked for on the command line; inside the server (which has no such property) it runs once the client let it. */
    static boolean requested() {
        return Boolean.getBoolean("posdesk.bench") || System.getProperty("jboss.home.dir") != null;
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.posdeskWithTests(ReconciliationBenchIT.class, ReconFixture.class, ReconFixture.Line.class);
    }

    @Resource(lookup = "java:jboss/datasources/PosdeskDS")
    private DataSource dataSource;
    @EJB
    private Reconciliation reconciliation;

    @Test
    void matchAGeneratedStatement() throws Exception {
        int n = Integer.getInteger("posdesk.bench.lines", 200_000);
        long statement;
        try (Connection c = dataSource.getConnection()) {
            TestTenant tenant = TestTenant.ensure(c, "RB", "Bench merchant", 1, 1, 0, "it-recon-bench", "it-bench-pw-1");
            ReconFixture.clear(c, tenant.merchantId, tenant.tids);
            String tid = tenant.tids.get(0);
            LocalDate day = LocalDate.of(2026, 5, 6);
            long t0 = System.nanoTime();
            // One terminal, 1,000 entries a batch, one entry a second from 00:00 of the clearing day.
            ReconFixture.update(c, "insert into batch (id, merchant_id, terminal_id, batch_number, state, opened_at,"
                    + " settled_at, currency, needs_attention) select nextval(batch_seq), t.merchant_id, t.id, s.seq,"
                    + " 'BALANCED', timestamp('2026-05-05 16:00:00'), timestamp('2026-05-06 15:00:00'), 'CNY', false"
                    + " from terminal t, seq_1_to_" + (n / 1000 + 1) + " s where t.tid = ?", tid);
            ReconFixture.update(c, "insert into card_transaction (id, merchant_id, store_id, terminal_id, tid, batch_number,"
                    + " stan, rrn, auth_code, type, status, processing_code, amount_minor, currency, entry_mode,"
                    + " terminal_time, received_at, response_code, origin)"
                    + " select nextval(card_transaction_seq), t.merchant_id, t.store_id, t.id, t.tid, 1 + s.seq div 1000,"
                    + " lpad(s.seq mod 1000000, 6, '0'), concat('RB', lpad(s.seq, 10, '0')), '123456', 'SALE', 'APPROVED',"
                    + " '000000', 100 + s.seq mod 5000, 'CNY', '071', timestamp('2026-05-05 23:00:00') + interval (s.seq mod 86000) second,"
                    + " now(3), '00', 'ONLINE' from terminal t, seq_1_to_" + n + " s where t.tid = ?", tid);
            long journalMillis = (System.nanoTime() - t0) / 1_000_000;
            statement = ReconFixture.next(c, "statement_seq");
            ReconFixture.update(c, "insert into statement (id, acquirer, file_name, content_hash, clearing_date, imported_at,"
                    + " line_count, state) values (?, 'IT-BENCH', ?, sha2(?, 256), ?, now(3), ?, 'IMPORTED')",
                    statement, "bench-" + statement, "bench-" + statement + "-" + System.nanoTime(),
                    java.sql.Date.valueOf(day), n);
            long t1 = System.nanoTime();
            ReconFixture.update(c, "insert into statement_line (id, statement_id, line_number, tid, rrn, stan, type,"
                    + " amount_minor, currency, transaction_time) select nextval(statement_line_seq), ?, s.seq, ?,"
                    + " concat('RB', lpad(s.seq, 10, '0')), lpad(s.seq mod 1000000, 6, '0'), 'SALE',"
                    + " 100 + s.seq mod 5000 + if(s.seq mod 1000 = 0, 1, 0), 'CNY',"
                    + " timestamp('2026-05-05 23:00:00') + interval (s.seq mod 86000) second from seq_1_to_" + n + " s",
                    statement, tid);
            long linesMillis = (System.nanoTime() - t1) / 1_000_000;
            System.out.printf("RECON BENCH: generated %,d journal entries in %,d ms, %,d statement lines in %,d ms%n",
                    n, journalMillis, n, linesMillis);
        }
        long start = System.nanoTime();
        var result = reconciliation.match(statement).orElseThrow();
        long matchMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("RECON BENCH: matched %,d lines in %,d ms (%s)%n", n, matchMillis, result);
        assertThat(result.matched()).isEqualTo(n - n / 1000);
        assertThat(result.amountMismatch()).isEqualTo(n / 1000);
    }
}

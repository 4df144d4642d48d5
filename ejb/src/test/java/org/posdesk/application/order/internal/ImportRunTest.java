package org.posdesk.application.order.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.posdesk.application.order.ImportLine;
import org.posdesk.application.order.ImportProblem;
import org.posdesk.application.order.ImportProblem.Code;
import org.posdesk.application.order.ImportReport;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderFilter;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.order.OrderSource;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;

/** The import engine against an in-memory repository: what it writes, when it stops writing, what it counts. */
class ImportRunTest {

    private static final Instant NOW = Instant.parse("2026-02-01T06:00:00Z");
    private final Orders orders = new Orders();

    @Test
    void rowsAreWrittenChunkByChunkWithTheContextEmptiedBetween() {
        ImportReport report = run(lines(1_234, i -> "1.00"));

        assertThat(report.committed()).isTrue();
        assertThat(report.created()).isEqualTo(1_234);
        assertThat(orders.added).hasSize(1_234);
        assertThat(orders.clears).isEqualTo(3);
        assertThat(orders.largestLookup).isEqualTo(ImportRun.CHUNK);
    }

    @Test
    void afterTheFirstProblemNothingMoreIsWrittenButEveryRowIsStillChecked() {
        ImportReport report = run(lines(1_200, i -> i == 700 || i == 1_100 ? "x" : "1.00"));

        assertThat(report.committed()).isFalse();
        assertThat(report.created()).isZero();
        assertThat(report.problems()).extracting(ImportProblem::row).containsExactly(701L, 1_101L);
        // Only the first chunk went out before the problem; the caller's rollback takes it back.
        assertThat(orders.added).hasSize(ImportRun.CHUNK);
    }

    @Test
    void aNumberTwiceInOneFileIsCaughtWhateverItsCase() {
        ImportReport report = run(List.of(line(2, "ab-1", "1.00"), line(3, "AB-1", "1.00")).iterator());

        assertThat(report.problems()).extracting(ImportProblem::code, ImportProblem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Code.DUPLICATE_IN_FILE, "2"));
    }

    @Test
    void anOrderAPaymentCreatedIsConfirmedOnlyWithThePaidAmount() {
        orders.stored.add(MerchantOrder.createdByPayment(1, 11, OrderNumber.of("P-1"), Money.of(500, "CNY"), NOW));
        orders.stored.add(MerchantOrder.createdByPayment(1, 11, OrderNumber.of("P-2"), Money.of(500, "CNY"), NOW));

        ImportReport wrong = run(List.of(line(2, "P-2", "6.00")).iterator());
        ImportReport right = run(List.of(line(2, "P-1", "5.00")).iterator());

        assertThat(wrong.problems()).extracting(ImportProblem::code).containsExactly(Code.PAID_DIFFERENT);
        assertThat(right.confirmed()).isEqualTo(1);
        assertThat(orders.stored.get(0).isUnknownToMerchant()).isFalse();
        assertThat(orders.stored.get(1).isUnknownToMerchant()).isTrue();
    }

    @Test
    void moreRowsThanTheLimitAreRefusedWithoutReadingOn() {
        ImportReport report = run(lines(org.posdesk.application.order.OrderImport.MAX_ROWS + 5, i -> "1.00"));

        assertThat(report.committed()).isFalse();
        assertThat(report.problems()).extracting(ImportProblem::code).containsExactly(Code.TOO_MANY_ROWS);
    }

    private ImportReport run(Iterator<ImportLine> lines) {
        RowValidator validator = new RowValidator(new RowValidator.Context(Map.of("S1", 11L), Set.of(),
                ZoneId.of("Asia/Shanghai"), NOW, false));
        return new ImportRun(orders, 1, OrderSource.CSV, validator, Map.of(11L, "S1"), NOW).run("test", lines);
    }

    private static Iterator<ImportLine> lines(int count, java.util.function.IntFunction<String> amount) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> line(i + 1, "N-" + i, amount.apply(i))).iterator();
    }

    private static ImportLine line(long row, String number, String amount) {
        return new ImportLine(row, number, "S1", amount, null, null);
    }

    private static final class Orders implements OrderRepository {
        final List<MerchantOrder> stored = new ArrayList<>();
        final List<MerchantOrder> added = new ArrayList<>();
        int clears;
        int largestLookup;

        @Override
        public void add(MerchantOrder order) {
            added.add(order);
        }

        @Override
        public List<MerchantOrder> findByMerchantAndNumbers(long merchantId, Collection<OrderNumber> numbers) {
            largestLookup = Math.max(largestLookup, numbers.size());
            return stored.stream().filter(o -> numbers.stream()
                    .anyMatch(n -> n.value().equalsIgnoreCase(o.getOrderNumber().value()))).toList();
        }

        @Override
        public void flushAndClear() {
            clears++;
        }

        @Override
        public Optional<MerchantOrder> findById(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MerchantOrder> findByMerchantAndNumber(long merchantId, OrderNumber orderNumber) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<MerchantOrder> search(OrderFilter filter, OrderFilter.After after, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countUpTo(OrderFilter filter, int cap) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CardTransaction> paymentsOf(MerchantOrder order, int limit) {
            throw new UnsupportedOperationException();
        }
    }
}

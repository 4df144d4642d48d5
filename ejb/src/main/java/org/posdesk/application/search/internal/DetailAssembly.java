package org.posdesk.application.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.search.TransactionDetail.BatchSummary;
import org.posdesk.application.search.TransactionDetail.OrderSummary;
import org.posdesk.application.search.TransactionDetail.TerminalSummary;
import org.posdesk.application.search.TransactionDetail.TrailEvent;
import org.posdesk.application.search.TransactionRow;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.JournalRow;
import org.posdesk.domain.journal.JournalSearch;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.StatementMatch;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * Gathers what surrounds one journal entry, one query per kind of thing (never one per related
 * row), so the detail page costs the same handful of statements however busy the entry's life was.
 */
@ApplicationScoped
public class DetailAssembly {

    @Inject
    private JournalSearch journal;
    @Inject
    private TransactionRepository transactions;
    @Inject
    private BatchRepository batches;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private OrderRepository orders;
    @Inject
    private MerchantRepository merchants;

    public TransactionDetail assemble(JournalRow row) {
        List<JournalRow> related = journal.referencing(row.id());
        Optional<CardReversal> reversal = transactions.findReversal(new Tid(row.tid()),
                BatchNumber.of(row.batchNumber()), new Stan(row.stan()));
        List<StatementMatch> lines = journal.statementLines(row.id());
        Optional<Merchant> merchant = merchants.findById(row.merchantId());
        Optional<MerchantOrder> order = Optional.ofNullable(row.orderNumber())
                .flatMap(number -> orders.findByMerchantAndNumber(row.merchantId(), new OrderNumber(number)));
        TransactionRow original = row.originalId() == null ? null
                : journal.findRow(row.originalId()).map(RowViews::view).orElse(null);
        return new TransactionDetail(RowViews.view(row), merchant.map(Merchant::getName).orElse(null),
                merchant.map(m -> m.getMid().value()).orElse(null), row.cardBrand(), row.entryMode(),
                row.responseCode(), row.receivedAt(), row.confirmedByUpload(), original,
                related.stream().map(RowViews::view).toList(), trail(row, reversal, related, lines),
                batch(row), terminal(row), order.map(DetailAssembly::order).orElse(null),
                row.orderNumber() != null && order.isEmpty());
    }

    private static List<TrailEvent> trail(JournalRow row, Optional<CardReversal> reversal, List<JournalRow> related,
                                          List<StatementMatch> lines) {
        List<TrailEvent> events = new ArrayList<>();
        events.add(new TrailEvent(arrival(row.origin()), row.receivedAt(), null, null, row.stan(),
                Amounts.decimal(row.amountMinor(), row.currency()), Amounts.code(row.currency()), row.responseCode()));
        if (row.confirmedByUpload() && row.origin() != Origin.BATCH_UPLOAD) {
            // The upload repeated an entry posdesk held; when exactly is not recorded.
            events.add(new TrailEvent("UPLOAD_CONFIRMATION", null, null, null, "#" + row.batchNumber(), null, null,
                    null));
        }
        reversal.ifPresent(r -> events.add(new TrailEvent("REVERSAL", r.getReceivedAt(), null, null, r.getReason(),
                Amounts.decimal(r.getAmount().minorUnits(), r.getAmount().currency()),
                Amounts.code(r.getAmount().currency()), null)));
        for (JournalRow other : related) {
            events.add(new TrailEvent(other.type().name(), other.receivedAt(), null, other.id(), other.stan(),
                    Amounts.decimal(other.amountMinor(), other.currency()), Amounts.code(other.currency()),
                    other.responseCode()));
        }
        events.sort(Comparator.comparing(TrailEvent::at, Comparator.nullsLast(Comparator.naturalOrder())));
        for (StatementMatch line : lines) {
            events.add(new TrailEvent("STATEMENT_LINE", null, line.clearingDate(), null,
                    line.fileName() + " #" + line.lineNumber(), Amounts.decimal(line.amountMinor(), line.currency()),
                    Amounts.code(line.currency()), line.matchOutcome()));
        }
        return events;
    }

    private static String arrival(Origin origin) {
        return switch (origin) {
            case ONLINE -> "ADVICE";
            case OFFLINE -> "OFFLINE_ADVICE";
            case BATCH_UPLOAD -> "BATCH_UPLOAD";
        };
    }

    private BatchSummary batch(JournalRow row) {
        return batches.findByTerminalAndNumber(row.terminalId(), BatchNumber.of(row.batchNumber()))
                .map(DetailAssembly::batch).orElse(null);
    }

    private static BatchSummary batch(Batch b) {
        return new BatchSummary(b.getBatchNumber().value(), b.getState().name(), b.getOpenedAt(),
                b.getSettledAt().orElse(null));
    }

    private TerminalSummary terminal(JournalRow row) {
        return terminals.findById(row.terminalId())
                .map((Terminal t) -> new TerminalSummary(t.getTid().value(), t.getModel(), t.getSerialNumber(),
                        row.storeName()))
                .orElse(null);
    }

    private static OrderSummary order(MerchantOrder o) {
        return new OrderSummary(o.getOrderNumber().value(), o.getStatus().name(),
                Amounts.decimal(o.getAmount().minorUnits(), o.getAmount().currency()),
                Amounts.code(o.getAmount().currency()), o.getSource().name(), o.getCreatedAt());
    }
}

package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.order.OrderStatus;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * Writes one new journal entry from an advice or a single batch-upload record, with what follows
 * from it: the original it voids or refunds, the order it pays, a reversal that overtook it, and
 * the offline gap an offline sale was made in. A packed batch-upload entry, built by
 * {@link PackedUpload}, is added with the reversal that may have overtaken it.
 */
@Dependent
class JournalWriter {

    private static final Logger LOG = Logger.getLogger(JournalWriter.class.getName());
    /** Entry mode when a batch-upload record leaves field 22 out. */
    private static final String ENTRY_MODE_NOT_REPORTED = "000";

    @Inject
    TransactionRepository transactions;
    @Inject
    OrderRepository orders;
    @Inject
    TerminalRepository terminals;

    /** @param originalMissing a void or refund named an original posdesk does not hold */
    record Written(CardTransaction entry, boolean originalMissing) {
    }

    Written write(Inbound in, TransactionKind kind, BatchNumber batch, Stan stan, LocalDateTime terminalTime) {
        IsoMessage message = in.message();
        Terminal terminal = in.terminal();
        Optional<CardTransaction> original = original(in, kind.type());
        OrderReference order = OrderReference.parse(message.text(63));
        MaskedCard card = message.card().orElseThrow();
        CardTransaction entry = CardTransaction.builder()
                .terminal(terminal.getMerchantId(), terminal.getStoreId(), terminal.getId(), terminal.getTid())
                .key(batch, stan)
                .acquirerReferences(Wire.reference(message, 37).map(Rrn::of).orElse(null),
                        Wire.reference(message, 38).map(AuthCode::of).orElse(null))
                .type(kind.type(), in.text(3))
                .amount(Money.of(Long.parseLong(in.text(4)), Wire.currency(message).orElseThrow()))
                .card(new MaskedPan(card.bin(), card.lastFour()), null,
                        message.text(22).orElse(ENTRY_MODE_NOT_REPORTED))
                .times(terminalTime, in.at())
                // A batch-upload record is an entry the terminal kept, i.e. approved, when 39 is absent.
                .responseCode(message.text(39).orElse("00"))
                .origin(kind.origin())
                .orderNumber(order instanceof OrderReference.Named named ? named.number() : null)
                .original(original.map(CardTransaction::getId).orElse(null))
                .build();
        boolean originalMissing = original.isEmpty() && message.has(61)
                && (kind.type() == TransactionType.VOID || kind.type() == TransactionType.REFUND);
        if (originalMissing || order instanceof OrderReference.Malformed) {
            entry.flagAnomaly();
        }
        transactions.add(entry);
        original.ifPresent(o -> cancelOriginal(entry, o));
        if (order instanceof OrderReference.Named named && kind.type() == TransactionType.SALE && entry.isApproved()) {
            payOrder(entry, named, in.at());
        }
        applyWaitingReversal(entry);
        if (kind.origin() == org.posdesk.domain.journal.Origin.OFFLINE) {
            Instant madeAt = terminalTime.atZone(in.merchant().getTimeZone()).toInstant();
            terminals.findGapCovering(terminal.getId(), madeAt).ifPresent(gap -> gap.countOfflineTransaction());
        }
        return new Written(entry, originalMissing);
    }

    /** A packed entry names no original or order and is never offline: only a waiting reversal follows. */
    void add(CardTransaction entry) {
        transactions.add(entry);
        applyWaitingReversal(entry);
    }

    private Optional<CardTransaction> original(Inbound in, TransactionType type) {
        if (type != TransactionType.VOID && type != TransactionType.REFUND) {
            return Optional.empty();
        }
        return in.message().text(61).flatMap(OriginalReference::parse)
                .flatMap(ref -> transactions.findByNaturalKey(in.tid(), ref.batch(), ref.stan()));
    }

    /** A void cancels its original; one that cannot (declined, reversed) is kept but flagged. */
    private static void cancelOriginal(CardTransaction entry, CardTransaction original) {
        if (entry.getType() != TransactionType.VOID || !entry.isApproved()) {
            return;
        }
        if (original.getStatus() == TransactionStatus.APPROVED || original.getStatus() == TransactionStatus.VOIDED) {
            original.markVoided();
        } else {
            entry.flagAnomaly();
        }
    }

    private void payOrder(CardTransaction entry, OrderReference.Named named, Instant at) {
        Optional<MerchantOrder> known = orders.findByMerchantAndNumber(entry.getMerchantId(), named.number());
        if (known.isEmpty()) {
            orders.add(MerchantOrder.createdByPayment(entry.getMerchantId(), entry.getStoreId(), named.number(),
                    entry.getAmount(), at));
        } else if (known.get().getStatus() == OrderStatus.UNPAID) {
            known.get().markPaid(at);
        } else {
            LOG.info(() -> entry + " pays order " + named.number() + " which is already " + known.get().getStatus());
        }
    }

    /** A reversal can overtake its advice in the terminal's queue; it waits unlinked until now. */
    private void applyWaitingReversal(CardTransaction entry) {
        transactions.findReversal(entry.getTid(), entry.getBatchNumber(), entry.getStan())
                .filter(reversal -> reversal.isOrphan())
                .ifPresent(reversal -> {
                    reversal.linkOriginal(entry.getId());
                    if (entry.isApproved()) {
                        entry.markReversed();
                    }
                });
    }
}

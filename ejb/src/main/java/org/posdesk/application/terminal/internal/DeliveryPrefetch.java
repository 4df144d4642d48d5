package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.UploadEntry;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * Fetches what a delivery's requests will look up — their terminals, batches, journal entries and
 * reversals — with one query per kind for the whole delivery, instead of one per request. Purely
 * an optimisation: anything it cannot read from a request (a malformed field) is simply not
 * prefetched, and the flow that handles the request then decides, and looks up, as usual.
 */
@Dependent
class DeliveryPrefetch {

    @Inject
    TerminalRepository terminals;
    @Inject
    BatchRepository batches;
    @Inject
    TransactionRepository transactions;

    void prefetch(List<TerminalRequest> requests) {
        List<IsoMessage> messages = new ArrayList<>();
        Set<Tid> tids = new HashSet<>();
        for (TerminalRequest request : requests) {
            if (request.tid() != null) {
                tid(request.tid()).ifPresent(tids::add);
            }
            if (request.message() != null) {
                messages.add(request.message());
            }
        }
        if (tids.isEmpty()) {
            return;
        }
        terminals.prefetchByTids(tids);
        Map<Long, Set<BatchNumber>> batchNumbers = new HashMap<>();
        List<TransactionRepository.Key> keys = new ArrayList<>();
        for (IsoMessage message : messages) {
            Optional<Tid> tid = message.text(41).flatMap(DeliveryPrefetch::tid);
            Optional<BatchNumber> batch = Wire.field60(message).flatMap(f -> batchNumber(f.batch()));
            if (tid.isEmpty() || batch.isEmpty()) {
                continue;
            }
            terminals.findByTid(tid.get()).map(Terminal::getId)
                    .ifPresent(id -> batchNumbers.computeIfAbsent(id, k -> new HashSet<>()).add(batch.get()));
            message.text(11).flatMap(DeliveryPrefetch::stan)
                    .ifPresent(stan -> keys.add(new TransactionRepository.Key(tid.get(), batch.get(), stan)));
            message.text(61).flatMap(OriginalReference::parse)
                    .ifPresent(ref -> keys.add(new TransactionRepository.Key(tid.get(), ref.batch(), ref.stan())));
            for (UploadEntry entry : message.uploadEntries().orElse(List.of())) {
                stan(entry.stan()).ifPresent(stan -> keys.add(new TransactionRepository.Key(tid.get(), batch.get(), stan)));
            }
        }
        batches.prefetch(batchNumbers);
        transactions.prefetch(keys);
    }

    private static Optional<Tid> tid(String value) {
        try {
            return Optional.of(new Tid(value));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<Stan> stan(String value) {
        try {
            return Optional.of(new Stan(value));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<BatchNumber> batchNumber(String digits) {
        try {
            return Optional.of(BatchNumber.of(Integer.parseInt(digits)));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}

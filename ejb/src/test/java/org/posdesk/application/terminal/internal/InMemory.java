package org.posdesk.application.terminal.internal;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.connector.TerminalRequest;
import org.posdesk.connector.codec.DecodeException;
import org.posdesk.connector.codec.Field60;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.batch.BatchRepository;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.batch.Resubmission;
import org.posdesk.domain.batch.ResubmissionState;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Mid;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.OfflineGap;
import org.posdesk.domain.terminal.RecordedContact;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandRepository;
import org.posdesk.domain.terminal.TerminalCommandState;
import org.posdesk.domain.terminal.TerminalRepository;

/** In-memory repositories and entities with ids, so the flows run without a container or database. */
final class InMemory {

    static final Instant T0 = Instant.parse("2026-11-22T09:19:17.046Z");
    private static long nextId = 1_000;

    private InMemory() {
    }

    /** What the sequence would have given the entity on persist. */
    static <T> T withId(T entity) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            if (id.get(entity) == null) {
                id.set(entity, nextId++);
            }
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static Terminal terminal() {
        return withId(new Terminal(new Tid(Messages.TID), 1L, 1L, "SN-1", "PAX A920", new byte[16], new byte[16],
                T0.minusSeconds(86_400)));
    }

    static Merchant merchant() {
        return withId(new Merchant(new Mid(Messages.MID), "Test", ZoneId.of("Asia/Shanghai"), T0.minusSeconds(86_400)));
    }

    /** Batch 7 of the terminal, driven along the lifecycle into {@code state}. */
    static Batch batch(Terminal terminal, BatchState... path) {
        Batch batch = withId(Batch.open(1L, terminal.getId(), BatchNumber.of(7), "CNY", T0.minusSeconds(3_600)));
        for (BatchState next : path) {
            batch.transitionTo(next, "setup", T0.minusSeconds(60));
        }
        return batch;
    }

    static Inbound inbound(IsoMessage message, Terminal terminal, Instant at) {
        try {
            return new Inbound(TerminalRequest.message("node-1-1", "node-1", at, message, null, false),
                    Field60.parse(message.text(60).orElseThrow()), terminal, merchant(), new byte[16]);
        } catch (DecodeException e) {
            throw new AssertionError(e);
        }
    }

    /** 0320 upload end (60.3 202) of batch 7 announcing {@code count} transactions. */
    static IsoMessage uploadEnd(int count) {
        return IsoMessage.of("0320").with(11, "000400").with(41, Messages.TID).with(42, Messages.MID)
                .with(60, "00000007202").with(48, "%04d".formatted(count));
    }

    /** The upload flow over in-memory batches and journal. */
    static UploadFlow uploads(Batches batches, Journal journal) {
        UploadFlow flow = new UploadFlow();
        flow.batches = batches;
        flow.transactions = journal;
        JournalWriter writer = new JournalWriter();
        writer.transactions = journal;
        flow.journal = writer;
        return flow;
    }

    static final class Batches implements BatchRepository {
        final List<Batch> batches = new ArrayList<>();
        final List<Resubmission> resubmissions = new ArrayList<>();
        int lookups;

        // Everything is in memory already: nothing to fetch ahead.
        @Override
        public void prefetch(java.util.Map<Long, java.util.Set<org.posdesk.domain.shared.BatchNumber>> numbers) {
        }

        @Override
        public void add(Batch batch) {
            batches.add(withId(batch));
        }

        @Override
        public Optional<Batch> findById(long id) {
            return batches.stream().filter(b -> b.getId() == id).findFirst();
        }

        @Override
        public Optional<Batch> findByTerminalAndNumber(long terminalId, BatchNumber batchNumber) {
            lookups++;
            return batches.stream().filter(b -> b.getTerminalId() == terminalId
                    && b.getBatchNumber().equals(batchNumber)).findFirst();
        }

        @Override
        public Map<BatchState, Long> countByState(Long merchantIdOrNullForAll) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<BatchState, Long> countByStateInStores(java.util.Set<Long> storeIds) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addResubmission(Resubmission resubmission) {
            resubmissions.add(withId(resubmission));
        }

        @Override
        public Optional<Resubmission> findActiveResubmission(long batchId) {
            return resubmissions.stream().filter(r -> r.getBatchId() == batchId && (r.getState()
                    == ResubmissionState.PENDING || r.getState() == ResubmissionState.SENT)).findFirst();
        }

        @Override
        public List<Resubmission> findDueResubmissions(Instant now, int maxResults) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Commands implements TerminalCommandRepository {
        final List<TerminalCommand> commands = new ArrayList<>();

        @Override
        public void add(TerminalCommand command) {
            commands.add(withId(command));
        }

        @Override
        public Optional<TerminalCommand> findById(long id) {
            return commands.stream().filter(c -> c.getId() == id).findFirst();
        }

        @Override
        public Optional<TerminalCommand> findOldestPending(long terminalId) {
            return commands.stream().filter(c -> c.getTerminalId() == terminalId
                    && c.getState() == TerminalCommandState.PENDING).findFirst();
        }

        @Override
        public Optional<TerminalCommand> findSent(long terminalId, Stan stan) {
            return commands.stream().filter(c -> c.getTerminalId() == terminalId
                    && c.getState() == TerminalCommandState.SENT && c.getStan().equals(Optional.of(stan))).findFirst();
        }
    }

    /** The journal: what was added, found by its natural key. */
    static final class Journal implements TransactionRepository {
        final List<CardTransaction> entries = new ArrayList<>();
        int listings;

        @Override
        public void prefetch(java.util.Collection<Key> keys) {
        }

        @Override
        public void add(CardTransaction transaction) {
            entries.add(withId(transaction));
        }

        @Override
        public Optional<CardTransaction> findById(long id) {
            return entries.stream().filter(e -> e.getId() == id).findFirst();
        }

        @Override
        public Optional<CardTransaction> findByNaturalKey(Tid tid, BatchNumber batchNumber, Stan stan) {
            return entries.stream().filter(e -> e.getTid().equals(tid) && e.getBatchNumber().equals(batchNumber)
                    && e.getStan().equals(stan)).findFirst();
        }

        @Override
        public List<CardTransaction> listByBatch(long terminalId, BatchNumber batchNumber) {
            listings++;
            return entries.stream().filter(e -> e.getTerminalId() == terminalId
                    && e.getBatchNumber().equals(batchNumber)).toList();
        }

        @Override
        public void addReversal(CardReversal reversal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<CardReversal> findReversal(Tid tid, BatchNumber batchNumber, Stan stan) {
            return Optional.empty();
        }

        @Override
        public long countSince(Long merchantIdOrNullForAll, LocalDateTime from) {
            return 0;
        }

        @Override
        public long countSinceInStores(java.util.Set<Long> storeIds, LocalDateTime from) {
            return 0;
        }
    }

    /** Counts what the contact flow writes. */
    static class Terminals implements TerminalRepository {
        final List<RecordedContact> contacts = new ArrayList<>();
        final List<OfflineGap> gaps = new ArrayList<>();

        @Override
        public void prefetchByTids(java.util.Collection<org.posdesk.domain.shared.Tid> tids) {
        }

        @Override
        public void add(Terminal terminal) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Terminal> findById(long id) {
            return Optional.empty();
        }

        @Override
        public Optional<Terminal> findByTid(Tid tid) {
            return Optional.empty();
        }

        @Override
        public void addContact(RecordedContact recorded) {
            contacts.add(recorded);
            recorded.gap().ifPresent(gaps::add);
        }

        @Override
        public void addGap(OfflineGap gap) {
            gaps.add(gap);
        }

        @Override
        public Optional<OfflineGap> findOpenGap(long terminalId) {
            return Optional.empty();
        }

        @Override
        public Optional<OfflineGap> findGapCovering(long terminalId, Instant at) {
            return Optional.empty();
        }

        @Override
        public List<Terminal> listPage(Long merchantIdOrNullForAll, Tid after, int max) {
            return List.of();
        }

        @Override
        public long countByMerchant(Long merchantIdOrNullForAll) {
            return 0;
        }

        @Override
        public long countOnlineByMerchant(Long merchantIdOrNullForAll, Instant now) {
            return 0;
        }

        @Override
        public long countInStores(java.util.Set<Long> storeIds) {
            return 0;
        }

        @Override
        public long countOnlineInStores(java.util.Set<Long> storeIds, Instant now) {
            return 0;
        }
    }
}

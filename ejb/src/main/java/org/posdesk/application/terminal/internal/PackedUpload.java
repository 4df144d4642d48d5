package org.posdesk.application.terminal.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.posdesk.connector.codec.UploadEntry;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;

/**
 * A packed batch upload (a 0320 whose field 48 carries up to 8 magnetic-stripe entries) held
 * against the journal, entry by entry on (TID, batch, original STAN) — never on the 0320's own
 * field 11, which is a fresh STAN. The message is taken whole or not at all: one conflicting entry
 * refuses it, so {@code conflicting} empty is the condition for touching the journal.
 *
 * @param confirmed   stored records the upload repeats, to be marked confirmed by upload
 * @param fresh       entries posdesk does not hold, to be stored; a STAN repeated inside the
 *                    message with the same content appears once
 * @param conflicting STANs whose entry differs from the record stored, or from an earlier entry
 *                    of the same message
 */
record PackedUpload(List<CardTransaction> confirmed, List<UploadEntry> fresh, List<Stan> conflicting) {

    /**
     * The entry mode a packed entry is stored with. Profile 1 packs only magnetic-stripe entries
     * ({@code 02}); the third digit, the terminal's PIN capability, is not carried, and {@code 0}
     * says unknown.
     */
    static final String ENTRY_MODE = "020";
    /** A packed entry carries no processing code; profile 1 packs sales. */
    static final String PROCESSING_CODE = "000000";

    /** Whose journal a new entry goes in. */
    record Owner(long merchantId, long storeId, long terminalId, Tid tid) {

        static Owner of(Terminal terminal) {
            return new Owner(terminal.getMerchantId(), terminal.getStoreId(), terminal.getId(), terminal.getTid());
        }
    }

    static PackedUpload plan(List<UploadEntry> entries, Function<Stan, Optional<CardTransaction>> stored) {
        List<CardTransaction> confirmed = new ArrayList<>();
        List<UploadEntry> fresh = new ArrayList<>();
        Set<Stan> conflicting = new LinkedHashSet<>();
        Map<Stan, EntryFingerprint> seen = new LinkedHashMap<>();
        for (UploadEntry entry : entries) {
            Stan stan = Stan.of(entry.stan());
            EntryFingerprint fingerprint = EntryFingerprint.of(entry);
            EntryFingerprint earlier = seen.putIfAbsent(stan, fingerprint);
            if (earlier != null) {
                if (!earlier.sameEntryAs(fingerprint)) {
                    conflicting.add(stan);
                }
                continue;
            }
            Optional<CardTransaction> record = stored.apply(stan);
            if (record.isEmpty()) {
                fresh.add(entry);
            } else if (EntryFingerprint.of(record.get()).sameEntryAs(fingerprint)) {
                confirmed.add(record.get());
            } else {
                conflicting.add(stan);
            }
        }
        return new PackedUpload(List.copyOf(confirmed), List.copyOf(fresh), List.copyOf(conflicting));
    }

    boolean accepted() {
        return conflicting.isEmpty();
    }

    /**
     * The journal entry a new packed entry becomes. What the entry does not carry is inferred and
     * marks nothing as an anomaly, since it is what the protocol says such an entry is: an approved
     * ({@code 00}) sale ({@code 000000}) swiped on the terminal ({@link #ENTRY_MODE}), in its batch's
     * currency, without RRN or auth code, and timed — lacking fields 12/13 — at its receipt in the
     * merchant's zone, to the second. Origin BATCH_UPLOAD, which also makes it confirmed by upload.
     */
    static CardTransaction journalEntry(UploadEntry entry, Owner owner, BatchNumber batch, String currency,
                                        Instant receivedAt, ZoneId zone) {
        return CardTransaction.builder()
                .terminal(owner.merchantId(), owner.storeId(), owner.terminalId(), owner.tid())
                .key(batch, Stan.of(entry.stan()))
                .acquirerReferences(null, null)
                .type(TransactionType.SALE, PROCESSING_CODE)
                .amount(Money.of(Long.parseLong(entry.amount()), currency))
                .card(new MaskedPan(entry.card().bin(), entry.card().lastFour()), null, ENTRY_MODE)
                .times(LocalDateTime.ofInstant(receivedAt, zone).truncatedTo(ChronoUnit.SECONDS), receivedAt)
                .responseCode("00")
                .origin(Origin.BATCH_UPLOAD)
                .build();
    }
}

package org.posdesk.application.terminal.internal;

import org.posdesk.connector.codec.UploadEntry;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.shared.MaskedPan;

/**
 * What a packed batch-upload entry is compared on with the record stored under its (TID, batch,
 * STAN): what the entry carries — scheme, STAN, masked card (BIN and last four) and amount. A
 * stored record's scheme is its BIN's ({@link CardScheme}); {@link FormatCheck} refuses an entry
 * whose scheme contradicts its own BIN, so a stored entry always compares equal to its repeat.
 * Type, terminal time, RRN and auth code are not carried and so not compared.
 */
record EntryFingerprint(boolean foreign, String stan, String bin, String lastFour, long amountMinor) {

    static EntryFingerprint of(UploadEntry entry) {
        return new EntryFingerprint(entry.foreign(), entry.stan(), entry.card().bin(), entry.card().lastFour(),
                Long.parseLong(entry.amount()));
    }

    static EntryFingerprint of(CardTransaction stored) {
        MaskedPan card = stored.getCard().orElse(null);
        String bin = card == null ? null : card.bin();
        return new EntryFingerprint(!CardScheme.isDomestic(bin), stored.getStan().value(), bin,
                card == null ? null : card.lastFour(), stored.getAmount().minorUnits());
    }

    boolean sameEntryAs(EntryFingerprint other) {
        return equals(other);
    }
}

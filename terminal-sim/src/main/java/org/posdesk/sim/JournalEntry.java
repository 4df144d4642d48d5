package org.posdesk.sim;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One transaction the terminal made in a batch. The card number is kept sealed
 * ({@link PanVault}); BIN and last four are kept in clear for totals and the ground truth.
 */
record JournalEntry(String batch, String stan, EntryKind kind, long amountMinor, String sealedPan,
                    String bin, String last4, String rrn, String authCode, LocalDateTime terminalTime,
                    String orderNumber, String originalBatch, String originalStan, String originalDate) {

    private static final String SEPARATOR = "|";

    JournalEntry {
        Objects.requireNonNull(kind, "kind");
        if (kind.hasOriginal() && (originalBatch == null || originalStan == null)) {
            throw new IllegalArgumentException(kind + " needs its original");
        }
    }

    boolean domestic() {
        return bin.startsWith("62");
    }

    String line() {
        return String.join(SEPARATOR, batch, stan, kind.name(), Long.toString(amountMinor), sealedPan, bin, last4,
                rrn, authCode, terminalTime.toString(), orEmpty(orderNumber), orEmpty(originalBatch),
                orEmpty(originalStan), orEmpty(originalDate));
    }

    static JournalEntry parse(String line) {
        String[] p = line.split("\\|", -1);
        if (p.length != 14) {
            throw new IllegalArgumentException("journal line with " + p.length + " parts");
        }
        return new JournalEntry(p[0], p[1], EntryKind.valueOf(p[2]), Long.parseLong(p[3]), p[4], p[5], p[6], p[7],
                p[8], LocalDateTime.parse(p[9]), orNull(p[10]), orNull(p[11]), orNull(p[12]), orNull(p[13]));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Never the sealed card: a journal entry may be logged. */
    @Override
    public String toString() {
        return kind + " batch " + batch + " STAN " + stan + " " + amountMinor + " card " + bin + "…" + last4;
    }
}

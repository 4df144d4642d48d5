package org.posdesk.domain.statement;

import java.time.LocalDateTime;

/**
 * How a void, refund or reversal line names the payment it cancels: the original's trace and
 * transmission time (fixed-width files), its RRN (error files, merchant CSVs) or both. Lines are
 * linked to their original by this reference, never by an equal amount.
 */
public record OriginalReference(String stan, String rrn, LocalDateTime time) {

    public static OriginalReference none() {
        return new OriginalReference(null, null, null);
    }

    public boolean isEmpty() {
        return stan == null && rrn == null && time == null;
    }
}

package org.posdesk.application.batch;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The board's filters; every part may be null. {@code state} is a batch state name, {@code tid}
 * a terminal id; the dates are days (inclusive) in the merchant's time zone on which batches opened.
 */
public record BatchQuery(String state, Long storeId, String tid, LocalDate openedFrom, LocalDate openedTo)
        implements Serializable {

    public static BatchQuery all() {
        return new BatchQuery(null, null, null, null, null);
    }
}

package org.posdesk.application;

import java.time.Instant;

/** A terminal as lists and pages show it; never its keys. */
public record TerminalView(String tid, long merchantId, long storeId, String model, String serialNumber,
                           int currentBatch, boolean online, Instant lastContactAt) {
}

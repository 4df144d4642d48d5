package org.posdesk.domain.reconciliation;

/**
 * One terminal's day for the daily summary: approved entries by type, and the reconciliation
 * discrepancies still open for it.
 */
public record DayFigures(long merchantId, String mid, String merchantName, String tid, String type, long count,
                         long amountMinor) {
}

package org.posdesk.application.anomaly;

import java.time.Instant;

/**
 * @param editable  whether the caller may change them (the merchant's administrator, or staff admin)
 * @param updatedBy null while the merchant uses the defaults
 */
public record AnomalySettingsView(long merchantId, String merchantName, Thresholds thresholds, boolean editable,
                                  String updatedBy, Instant updatedAt) {
}

package org.posdesk.application.anomaly;

import jakarta.ejb.Local;

/** A merchant's anomaly thresholds: readable by its users, changed by its administrator. */
@Local
public interface AnomalySettings {

    /**
     * @param merchantId the merchant to show; ignored for a merchant user (always their own),
     *                   required for staff
     * @throws org.posdesk.application.AccessDeniedException for another merchant or an unknown one
     */
    AnomalySettingsView settings(Long merchantId);

    /**
     * Replaces the thresholds, audited.
     *
     * @throws org.posdesk.application.AccessDeniedException unless the caller administers the merchant
     * @throws IllegalArgumentException                     for thresholds out of range
     */
    AnomalySettingsView change(long merchantId, Thresholds thresholds, String origin);
}

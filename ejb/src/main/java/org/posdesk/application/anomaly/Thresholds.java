package org.posdesk.application.anomaly;

import java.time.LocalTime;

/**
 * A merchant's anomaly thresholds as the settings page edits them.
 *
 * @param amountAboveMinor    null: no amount rule
 * @param repeatWindowMinutes null: no repeated-card rule
 */
public record Thresholds(Long amountAboveMinor, boolean nightEnabled, LocalTime nightStart, LocalTime nightEnd,
                         Integer repeatWindowMinutes) {
}

/**
 * Anomaly rules from seed experience: flagging journal entries (by a scheduled job, never in the
 * terminal path) and the merchant administrator's thresholds.
 */
package org.posdesk.application.anomaly;

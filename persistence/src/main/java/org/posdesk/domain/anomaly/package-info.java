/**
 * Anomaly rules learnt from seed experience (an amount above the merchant's threshold, a sale at
 * night in the merchant's time, the same card again within minutes) and the reasons they flagged
 * journal entries for.
 */
package org.posdesk.domain.anomaly;

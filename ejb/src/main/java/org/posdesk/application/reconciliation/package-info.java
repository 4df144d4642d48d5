/**
 * Reconciliation: imported statements matched against the journal, batches moved to RECONCILED or
 * DISCREPANT, and the discrepancy queue.
 */
package org.posdesk.application.reconciliation;

/**
 * Reconciliation: statement lines matched against the journal, what each run found, and the
 * discrepancies a person resolves or turns into a case.
 */
package org.posdesk.domain.reconciliation;

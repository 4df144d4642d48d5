/**
 * The batch board ({@code batches.xhtml}: batches by state, filtered, paged by keyset, exported to
 * CSV) and the batch page ({@code batch.xhtml?id=}: totals, upload, history, journal, Resubmit).
 */
package org.posdesk.interfaces.web.batches;

/**
 * Batches as merchants follow them: the board of batches by state ({@link org.posdesk.application.batch.BatchBoard})
 * and one batch with its totals, upload, history, journal and resubmission
 * ({@link org.posdesk.application.batch.BatchDesk}). Everything is scoped to what the caller may see;
 * the records here are what the pages bind, never entities.
 */
package org.posdesk.application.batch;

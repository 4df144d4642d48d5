/**
 * Acquirer statements into posdesk: upload and drop-folder import of statement files read through
 * per-acquirer profiles ({@code format}), idempotent by content hash, with a bad-line report and
 * progress any node can show. Matching the imported lines is another package's work.
 */
package org.posdesk.application.statement;

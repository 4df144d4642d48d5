/**
 * Transaction and order search: filtered, keyset-paged journal pages scoped to the caller, the
 * detail of one transaction with every message that touched it, and streamed CSV/XLSX exports of
 * exactly what a filter selects. DTOs only; implementations in {@code search.internal}.
 */
package org.posdesk.application.search;

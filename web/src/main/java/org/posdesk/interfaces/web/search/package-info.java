/**
 * The transaction search page (filters, keyset pager, bounded count, background export with a
 * progress bar), the transaction detail and its printable slip, and the export download.
 */
package org.posdesk.interfaces.web.search;

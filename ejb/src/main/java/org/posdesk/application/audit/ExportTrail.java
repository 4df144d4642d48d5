package org.posdesk.application.audit;

import jakarta.ejb.Local;

/**
 * The audit entry of a page download (orders, batches, terminals). A download streams outside
 * any transaction, so its entry is committed on its own before the first row leaves: a file that
 * left posdesk is always on record, even when the download breaks off.
 */
@Local
public interface ExportTrail {

    /**
     * @param what      the list taken out: "orders", "batches", "terminals"
     * @param selection the filters that chose the rows, as the page applied them
     */
    void exported(String what, String selection);
}

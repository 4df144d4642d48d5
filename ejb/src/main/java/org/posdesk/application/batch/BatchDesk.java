package org.posdesk.application.batch;

import jakarta.ejb.Local;
import org.posdesk.application.AccessDeniedException;

/** One batch as the batch page shows it, and the request to upload it again. */
@Local
public interface BatchDesk {

    /** Journal entries listed on the batch page at most; the rest are in the transaction search. */
    int MAX_TRANSACTIONS = 200;

    /** @throws AccessDeniedException ("not found") for an unknown batch or one the caller may not see */
    BatchDetail batch(long id);

    /**
     * Queues command {@code 361} for the batch's terminal (and, for an incomplete upload, the
     * resubmission it carries out), audited in the same transaction.
     *
     * @return the resubmission's progress right after queuing (QUEUED)
     * @throws ResubmitRefusedException where the batch's state or a command already under way does not allow it
     * @throws AccessDeniedException    ("not found") for an unknown batch or one the caller may not see
     */
    ResubmitView resubmit(long id);
}

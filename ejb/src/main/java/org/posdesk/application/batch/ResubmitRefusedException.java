package org.posdesk.application.batch;

import jakarta.ejb.ApplicationException;

/** The batch's state, or a request already under way, does not allow a resubmission; nothing was queued. */
@ApplicationException(rollback = true)
public class ResubmitRefusedException extends RuntimeException {

    private final ResubmitRefusal reason;

    public ResubmitRefusedException(ResubmitRefusal reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public ResubmitRefusal reason() {
        return reason;
    }
}

package org.posdesk.application.batch;

/** Why a batch cannot be resubmitted now; the page shows the reason beside the disabled button. */
public enum ResubmitRefusal {
    /** OPEN or SETTLING: the terminal has not closed the batch, there is nothing to upload yet. */
    NOT_SETTLED,
    /** BALANCED, UPLOADED, DISCREPANT, RECONCILED: posdesk would refuse every re-uploaded record. */
    COMPLETE,
    /** UPLOADING: the terminal is uploading it right now. */
    UPLOADING,
    /** A re-upload command for it is queued or sent and not yet answered. */
    IN_PROGRESS
}

package org.posdesk.domain.batch;

import java.util.EnumSet;
import java.util.Set;

/** The batch lifecycle of domain.md; {@link #allowedNext()} is its only definition in code. */
public enum BatchState {
    OPEN, SETTLING, BALANCED, UNBALANCED, UPLOADING, UPLOADED, UPLOAD_INCOMPLETE, RESUBMIT_PENDING,
    DISCREPANT, RECONCILED;

    public Set<BatchState> allowedNext() {
        // A switch rather than constructor arguments: an enum constant cannot refer to later ones.
        return switch (this) {
            case OPEN -> EnumSet.of(SETTLING);
            case SETTLING -> EnumSet.of(BALANCED, UNBALANCED);
            case BALANCED, UPLOADED -> EnumSet.of(RECONCILED, DISCREPANT);
            case UNBALANCED, RESUBMIT_PENDING -> EnumSet.of(UPLOADING);
            case UPLOADING -> EnumSet.of(UPLOADED, UPLOAD_INCOMPLETE);
            // UPLOADING again without a resubmission: a terminal whose upload was interrupted (a
            // disconnect) resumes it on its own when it reconnects.
            case UPLOAD_INCOMPLETE -> EnumSet.of(RESUBMIT_PENDING, UPLOADING);
            case DISCREPANT -> EnumSet.of(RECONCILED);
            case RECONCILED -> EnumSet.noneOf(BatchState.class);
        };
    }

    public boolean canMoveTo(BatchState next) {
        return allowedNext().contains(next);
    }
}

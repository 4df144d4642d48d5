package org.posdesk.domain.batch;

/** PENDING → SENT → COMPLETED; SENT → PENDING to retry; PENDING or SENT → FAILED to give up. */
public enum ResubmissionState {
    PENDING, SENT, COMPLETED, FAILED;

    public boolean canMoveTo(ResubmissionState next) {
        return switch (this) {
            case PENDING -> next == SENT || next == FAILED;
            case SENT -> next == COMPLETED || next == PENDING || next == FAILED;
            case COMPLETED, FAILED -> false;
        };
    }
}

package org.posdesk.domain.batch;

/**
 * PENDING → SENT → COMPLETED; SENT → PENDING to retry; PENDING or SENT → FAILED to give up (or the
 * terminal refused the command). PENDING → COMPLETED when the batch was uploaded before the
 * command went out: a terminal resumes an interrupted upload by itself on reconnecting.
 */
public enum ResubmissionState {
    PENDING, SENT, COMPLETED, FAILED;

    public boolean canMoveTo(ResubmissionState next) {
        return switch (this) {
            case PENDING -> next == SENT || next == COMPLETED || next == FAILED;
            case SENT -> next == COMPLETED || next == PENDING || next == FAILED;
            case COMPLETED, FAILED -> false;
        };
    }
}

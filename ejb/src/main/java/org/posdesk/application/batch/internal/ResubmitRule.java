package org.posdesk.application.batch.internal;

import java.util.Optional;
import org.posdesk.application.batch.ResubmitRefusal;
import org.posdesk.domain.batch.BatchState;

/**
 * Whether a person may ask a terminal to upload a batch again. Stricter than what
 * {@code TerminalCommands} accepts: besides the states posdesk takes no uploads in, a batch the
 * terminal is uploading right now, or one whose last request is still queued or unanswered, is not
 * asked again — a second command would only make the terminal upload twice.
 */
final class ResubmitRule {

    private ResubmitRule() {
    }

    static Optional<ResubmitRefusal> refusal(BatchState state, boolean commandInFlight) {
        ResubmitRefusal byState = switch (state) {
            case OPEN, SETTLING -> ResubmitRefusal.NOT_SETTLED;
            case BALANCED, UPLOADED, DISCREPANT, RECONCILED -> ResubmitRefusal.COMPLETE;
            case UPLOADING -> ResubmitRefusal.UPLOADING;
            // RESUBMIT_PENDING without a command in flight: the terminal refused or acknowledged and
            // never uploaded; asking again is how a person retries.
            case UNBALANCED, UPLOAD_INCOMPLETE, RESUBMIT_PENDING -> null;
        };
        if (byState != null) {
            return Optional.of(byState);
        }
        return commandInFlight ? Optional.of(ResubmitRefusal.IN_PROGRESS) : Optional.empty();
    }
}

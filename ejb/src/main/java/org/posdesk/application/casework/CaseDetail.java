package org.posdesk.application.casework;

import java.time.Instant;
import java.util.List;

/**
 * One case with its history. {@code notes} holds internal notes only for staff; a merchant user
 * gets the notes meant for them, and {@code staffView} false.
 *
 * @param transactionId the payment the case was linked to (or started from), if any
 */
public record CaseDetail(CaseRow row, String storeName, String stan, String rrn, String authCode,
                         Long transactionId, String resolution, String openedBy, Instant resolvedAt,
                         List<TransitionView> transitions, List<NoteView> notes, boolean staffView) {

    public record TransitionView(String fromState, String toState, Instant at, String actor, String reason) {
    }

    public record NoteView(String author, Instant at, boolean internal, String body) {
    }
}

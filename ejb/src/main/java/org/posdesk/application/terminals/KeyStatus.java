package org.posdesk.application.terminals;

import java.time.Instant;

/**
 * Dates only: when the MAC key in use was activated and since when a rotation waits (null when
 * none does). {@code staged} says whether the last request staged a new key or found one waiting.
 */
public record KeyStatus(String tid, Instant activeSince, Instant rotationPendingSince, boolean staged) {

    public boolean isRotationPending() {
        return rotationPendingSince != null;
    }
}

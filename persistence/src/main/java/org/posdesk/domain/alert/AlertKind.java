package org.posdesk.domain.alert;

/** Why a person is asked to look. */
public enum AlertKind {
    /** A terminal repeated a (TID, batch, STAN) with different content: an attack or a fault. */
    CONFLICTING_DUPLICATE
}

package org.posdesk.domain.alert;

/** Why a person is asked to look. */
public enum AlertKind {
    /** A terminal repeated a (TID, batch, STAN) with different content: an attack or a fault. */
    CONFLICTING_DUPLICATE,
    /** A terminal has been silent for longer than the configured limit; raised once per offline gap. */
    TERMINAL_OFFLINE,
    /** A database backup failed or could not be proven to restore; one row for every such backup. */
    BACKUP_FAILED
}

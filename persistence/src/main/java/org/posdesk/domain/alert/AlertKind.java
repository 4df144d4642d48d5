package org.posdesk.domain.alert;

/** Why a person is asked to look. */
public enum AlertKind {
    /** A terminal repeated a (TID, batch, STAN) with different content: an attack or a fault. */
    CONFLICTING_DUPLICATE,
    /** A terminal has been silent for longer than the configured limit; raised once per offline gap. */
    TERMINAL_OFFLINE,
    /** An acquirer statement names a TID posdesk does not know; raised once per statement and TID. */
    STATEMENT_UNKNOWN_TERMINAL,
    /** A batch stayed UPLOAD_INCOMPLETE through every automatic resubmission; raised once per batch. */
    UPLOAD_RETRY_EXHAUSTED,
    /** A database backup failed or could not be proven to restore; one row for every such backup. */
    BACKUP_FAILED,
    /** A reconciliation left more open discrepancies for a merchant and clearing date than the threshold. */
    RECONCILIATION_DISCREPANCIES,
    /** A scheduled job failed several runs in a row; one row per job, reopened when it fails again. */
    JOB_FAILING
}

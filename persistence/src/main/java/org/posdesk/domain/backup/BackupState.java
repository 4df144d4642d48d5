package org.posdesk.domain.backup;

/**
 * RUNNING (the dump is being written) → DUMPED (written, not yet verified) → VERIFYING (restoring
 * into the scratch database) → VERIFIED; FAILED from any of the first three, with a reason.
 */
public enum BackupState {
    RUNNING, DUMPED, VERIFYING, VERIFIED, FAILED;

    public boolean isSettled() {
        return this == VERIFIED || this == FAILED;
    }
}

package org.posdesk.application.reconciliation;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/**
 * Matches imported statements against the journal. Run by the {@code reconciliation} job and
 * safe to run again at any time on any node: a statement is matched once (its row is locked and
 * its state moves to MATCHED in the same transaction), and a second run changes nothing.
 */
@Local
public interface Reconciliation {

    /** Matches one statement; empty if it is not (or no longer) waiting to be matched. */
    Optional<RunResult> match(long statementId);

    /** Matches every IMPORTED statement, each in a transaction of its own, then re-judges DISCREPANT batches. */
    List<RunResult> matchImported();
}

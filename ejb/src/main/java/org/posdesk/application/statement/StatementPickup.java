package org.posdesk.application.statement;

import jakarta.ejb.Local;

/**
 * The drop folder: {@code <folder>/<profile>/<file>} is imported with that profile and moved to
 * {@code <folder>/<profile>/processed/} or {@code rejected/}. Called by the statement-pickup job.
 */
@Local
public interface StatementPickup {

    /** @return a line for the job's run record */
    String pickUp();
}

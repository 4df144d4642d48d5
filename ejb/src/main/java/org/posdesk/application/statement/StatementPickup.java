package org.posdesk.application.statement;

import jakarta.ejb.Local;

/**
 * The drop folder: {@code <folder>/<profile>/<file>} is imported with that profile, then deleted
 * (imported) or sealed into {@code <folder>/<profile>/rejected/} (refused). Called by the
 * statement-pickup job.
 */
@Local
public interface StatementPickup {

    /** @return a line for the job's run record */
    String pickUp();
}

package org.posdesk.application.reconciliation;

import jakarta.ejb.Local;

/** The runs page: agents and administrators see whole statements, merchant users their merchant's share. */
@Local
public interface ReconciliationRuns {

    int MAX_PAGE = 200;

    RunPage page(RunPage.Cursor after, int size);
}

package org.posdesk.application.casework;

import jakarta.ejb.Local;

/** The help desk's search for the payment behind a case (staff only). */
@Local
public interface CandidateFinder {

    int MAX_CANDIDATES = 30;

    CandidateList candidates(long caseId);
}

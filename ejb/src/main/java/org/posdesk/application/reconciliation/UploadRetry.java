package org.posdesk.application.reconciliation;

import jakarta.ejb.Local;

/**
 * Asks terminals again for their incomplete uploads: each UPLOAD_INCOMPLETE batch gets a
 * resubmission (361) with exponential backoff, up to a limit, then one alert for a person.
 */
@Local
public interface UploadRetry {

    /** One pass over the incomplete batches. */
    Result retry();

    record Result(int requested, int waiting, int gaveUp) {
        @Override
        public String toString() {
            return requested + " resubmissions requested, " + waiting + " waiting for their backoff, " + gaveUp
                    + " given up";
        }
    }
}

package org.posdesk.application.casework;

import jakarta.ejb.Local;

/**
 * Opens the cases nobody reports: an approved payment whose order number the merchant never sent,
 * and a reversal, void or refund whose original posdesk does not hold (the connector answered it
 * {@code 25}). Incremental and repeatable; an entry is looked at only after a grace period, so an
 * order the merchant sends a little late, or an advice that overtakes its reversal, opens nothing.
 */
@Local
public interface CaseSweep {

    SweepRun sweep();

    record SweepRun(int read, int opened) {
        @Override
        public String toString() {
            return "read " + read + ", opened " + opened;
        }
    }
}

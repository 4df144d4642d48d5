package org.posdesk.application.anomaly;

import jakarta.ejb.Local;

/** Flags new journal entries that break their merchant's anomaly rules. Incremental and repeatable. */
@Local
public interface AnomalyScan {

    /** @return how many entries this run read and how many reasons it added */
    ScanRun scan();

    record ScanRun(int read, int flagged) {
        @Override
        public String toString() {
            return "read " + read + ", flagged " + flagged;
        }
    }
}

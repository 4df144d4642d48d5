package org.posdesk.application.search;

import java.io.Serializable;

/**
 * Where a background export stands.
 *
 * @param expected how many rows the filter selected when the export began; -1 until counted
 */
public record ExportStatus(String jobId, State state, long written, long expected, String fileName)
        implements Serializable {

    public enum State { RUNNING, DONE, FAILED }

    /** 0 to 100; 0 while the total is still being counted. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        if (expected <= 0) {
            return 0;
        }
        return (int) Math.min(99, written * 100 / expected);
    }
}

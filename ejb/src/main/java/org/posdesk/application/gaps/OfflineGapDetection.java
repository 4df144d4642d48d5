package org.posdesk.application.gaps;

import jakarta.ejb.Local;

/**
 * Turns terminal contacts into offline gaps. Run by a scheduled job; safe to run again at any
 * time and on any node: each run reads on from where the last stopped (watermarks) and a second
 * run over the same contacts changes nothing.
 */
@Local
public interface OfflineGapDetection {

    /**
     * One run: closes the open gaps of terminals that have made contact again; opens a gap for
     * each terminal that fell silent past its heartbeat allowance; recounts the offline
     * transactions of gaps that newly arrived journal entries fall into; raises one alert per gap
     * open longer than the configured limit.
     */
    GapRun detect();
}

package org.posdesk.application.casework;

import java.time.Instant;
import java.util.List;

/**
 * The candidates for one case, best first, and what can still be asked of the terminal: a
 * payment still only on the terminal reaches posdesk when it is asked for its last transaction
 * (362) or to upload its batch again (361).
 */
public record CandidateList(List<Candidate> candidates, TerminalOffer terminal) {

    /**
     * @param resubmitBatchId a batch of the terminal that can be asked for again (null: none)
     */
    public record TerminalOffer(String tid, boolean online, Instant lastContactAt, Long resubmitBatchId,
                                Integer resubmitBatchNumber, String resubmitBatchState) {
    }
}

package org.posdesk.application.terminal;

/**
 * Queues host-initiated commands. Each is stored, then offered to the terminal's connection when
 * this node holds it, and goes out after the reply to the terminal's next approved request; on
 * any node, the next sign-on or heartbeat reply carries it at the latest.
 */
public interface TerminalCommands {

    String REUPLOAD_BATCH = "361";
    String REPORT_LAST_TRANSACTION = "362";

    /**
     * @param code   {@link #REUPLOAD_BATCH} or {@link #REPORT_LAST_TRANSACTION}
     * @param batch  the batch to upload again; required for {@code 361}, ignored for {@code 362}
     * @return the id of the stored command
     * @throws IllegalArgumentException for an unknown TID, code or batch, or for a {@code 361} whose
     *                                  batch posdesk would not take 0320 records for: only an UNBALANCED,
     *                                  UPLOADING, UPLOAD_INCOMPLETE or RESUBMIT_PENDING batch can be
     *                                  uploaded again (an OPEN one is not settled yet, and once BALANCED
     *                                  or UPLOADED every re-uploaded record would be answered {@code 12})
     */
    long request(String tid, String code, Integer batch, String requestedBy);
}

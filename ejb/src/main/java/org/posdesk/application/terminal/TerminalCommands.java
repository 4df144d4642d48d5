package org.posdesk.application.terminal;

/** Queues host-initiated commands; each goes out after the terminal's next sign-on or heartbeat reply. */
public interface TerminalCommands {

    String REUPLOAD_BATCH = "361";
    String REPORT_LAST_TRANSACTION = "362";

    /**
     * @param code   {@link #REUPLOAD_BATCH} or {@link #REPORT_LAST_TRANSACTION}
     * @param batch  the batch to upload again; required for {@code 361}, ignored for {@code 362}
     * @return the id of the stored command
     * @throws IllegalArgumentException for an unknown TID, code or batch
     */
    long request(String tid, String code, Integer batch, String requestedBy);
}

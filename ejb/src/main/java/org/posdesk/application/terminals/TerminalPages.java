package org.posdesk.application.terminals;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Terminals as the caller may see them. Every method refuses a terminal of another merchant (or
 * of a store the caller is not given) with {@code AccessDeniedException("not found")}.
 */
@Local
public interface TerminalPages {

    int MAX_PAGE = 200;

    /** One page in TID order after {@code afterTid} (null: the first page). */
    TerminalListPage list(TerminalListFilter filter, String afterTid, int pageSize);

    /** The stores the caller may filter by; empty for staff, who see every merchant. */
    List<StoreOption> stores();

    TerminalDetail detail(String tid);

    /**
     * Queues a {@code 362} (report your last transaction), audited. It goes out with the reply to
     * the terminal's next heartbeat or sign-on; the terminal then sends its last journal entry
     * again as an 0220.
     */
    AskResult askLastTransaction(String tid, String origin);

    /** A command of that terminal, to follow its progress. */
    CommandRow command(String tid, long commandId);
}

package org.posdesk.application;

import jakarta.ejb.Local;
import java.util.List;

/** Terminals as the caller may see them. */
@Local
public interface TerminalDirectory {

    /**
     * One page of the caller's terminals in TID order.
     *
     * @param afterTid the last TID of the previous page, or null for the first page
     */
    List<TerminalView> terminals(String afterTid, int pageSize);

    /** @throws AccessDeniedException when the terminal is unknown or not the caller's */
    TerminalView terminal(String tid);
}

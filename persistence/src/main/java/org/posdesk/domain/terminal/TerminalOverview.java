package org.posdesk.domain.terminal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.posdesk.domain.batch.Batch;
import org.posdesk.domain.shared.Tid;

/** Reads behind the terminal list and the terminal page. */
public interface TerminalOverview {

    /** Which terminals a page of the list holds. */
    record Filter(Long merchantId, Set<Long> storeIds, Long storeId, Boolean online) {
    }

    /** One page in TID order after {@code after} (null for the first), filtered; status as of {@code now}. */
    List<Terminal> page(Filter filter, Instant now, Tid after, int max);

    /** Per terminal, the offline transactions counted on its gaps. */
    Map<Long, Long> offlineTransactions(Collection<Long> terminalIds);

    /** Per terminal, when its latest closed gap ended: the terminal has been online since. */
    Map<Long, Instant> lastGapEnds(Collection<Long> terminalIds);

    /** Store names by id, in one query. */
    Map<Long, String> storeNames(Collection<Long> storeIds);

    /** A terminal's latest logged contacts, newest first. */
    List<TerminalContact> contacts(long terminalId, int max);

    /** A terminal's latest commands of that code, newest first. */
    List<TerminalCommand> commands(long terminalId, String code, int max);

    /** A terminal's latest batches, highest number first. */
    List<Batch> batches(long terminalId, int max);
}

package org.posdesk.domain.terminal;

import java.util.Set;
import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.posdesk.domain.shared.Tid;

/** Terminals, their contact log and their offline gaps. */
public interface TerminalRepository {

    void add(Terminal terminal);

    Optional<Terminal> findById(long id);

    Optional<Terminal> findByTid(Tid tid);

    /**
     * Looks many terminals up at once so that {@link #findByTid} answers them from memory for the
     * rest of the transaction (the terminal adapter's deliveries hold many terminals' requests).
     */
    void prefetchByTids(Collection<Tid> tids);

    /** Stores what {@link Terminal#recordContact} produced: the contact and any gap it revealed. */
    void addContact(RecordedContact recorded);

    void addGap(OfflineGap gap);

    Optional<OfflineGap> findOpenGap(long terminalId);

    /** The gap, open or closed, that contains {@code at}; an offline sale made then is counted on it. */
    Optional<OfflineGap> findGapCovering(long terminalId, Instant at);

    /**
     * One page of terminals ordered by TID, after the given one (keyset paging; null for the first page).
     *
     * @param merchantIdOrNullForAll null lists every merchant's terminals
     */
    List<Terminal> listPage(Long merchantIdOrNullForAll, Tid after, int max);

    /** @param merchantIdOrNullForAll null counts every merchant's terminals */
    long countByMerchant(Long merchantIdOrNullForAll);

    /** Online as defined on {@link Terminal}: connected and heard from within three heartbeats. */
    long countOnlineByMerchant(Long merchantIdOrNullForAll, Instant now);

    /** For a user confined to some stores of their merchant. */
    long countInStores(Set<Long> storeIds);

    long countOnlineInStores(Set<Long> storeIds, Instant now);
}

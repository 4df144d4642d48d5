package org.posdesk.domain.journal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Journal reads for the jobs and the terminal page: by arrival order, by terminal time, by card. */
public interface JournalScan {

    /**
     * Entries received after {@code (time, id)} in that order and no later than {@code upTo},
     * oldest first: what an incremental job has not seen yet.
     */
    List<CardTransaction> receivedAfter(Instant time, long id, Instant upTo, int max);

    /**
     * Offline transactions of a closed gap: the terminal's entries whose terminal time is inside
     * {@code [from, to]} and that arrived late — as store-and-forward sales, or after {@code endedAt}.
     */
    long countOffline(long terminalId, LocalDateTime from, LocalDateTime to, Instant endedAt);

    /** The terminal's entries with terminal time in {@code [from, to]}, oldest first. */
    List<CardTransaction> ofTerminalBetween(long terminalId, LocalDateTime from, LocalDateTime to, int max);

    /** Debit entries paid with a card ending in one of these last fours, made in {@code [from, to]}. */
    List<CardTransaction> byCardsBetween(Collection<String> lastFours, LocalDateTime from, LocalDateTime to, int max);

    /** The terminal's newest entry by terminal time. */
    Optional<CardTransaction> lastOf(long terminalId);
}

package org.posdesk.domain.terminal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the offline-gap job reads and writes besides the terminal path's own gap handling. */
public interface OfflineGapRepository {

    /**
     * Terminals whose online deadline passed in {@code (after, upTo]} and that had made contact,
     * oldest deadline first: those that fell silent since the job last looked.
     */
    List<Terminal> fellSilent(Instant after, Instant upTo, int max);

    /** Whether a gap of that terminal starting then is already stored, open or closed. */
    boolean hasGapStartingAt(long terminalId, Instant startedAt);

    /** Open gaps, oldest first. */
    List<OfflineGap> openGaps(int max);

    /** The closed gap with the same start that the terminal path stored when the terminal came back. */
    Optional<OfflineGap> closedTwin(OfflineGap open);

    void add(OfflineGap gap);

    void remove(OfflineGap gap);

    /** The first logged contact after {@code after} other than a disconnect. */
    Optional<Instant> firstContactAfter(long terminalId, Instant after);

    /** The terminals with these ids, in one query. */
    Map<Long, Terminal> terminals(Collection<Long> ids);

    /** Gaps of those terminals that overlap {@code [from, to]}. */
    List<OfflineGap> overlapping(Collection<Long> terminalIds, Instant from, Instant to);

    /** A terminal's latest gaps, newest first. */
    List<OfflineGap> latest(long terminalId, int max);
}

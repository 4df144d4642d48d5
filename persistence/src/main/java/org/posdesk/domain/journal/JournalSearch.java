package org.posdesk.domain.journal;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads the journal for people: filtered pages in a stable order, bounded counts, streamed
 * selections and the entries around one transaction. Every read is keyset-ordered by terminal
 * time and id and has an index behind it (V6); none counts the whole journal.
 */
public interface JournalSearch {

    /**
     * Rows after the cursor in search order (terminal time descending, id descending).
     *
     * @param after null for the first page
     */
    List<JournalRow> page(JournalFilter filter, JournalCursor after, int limit);

    /** How many rows the filter selects, counting no further than {@code cap} (so the answer is at most cap). */
    long countUpTo(JournalFilter filter, int cap);

    /**
     * Hands every selected row to the consumer in search order, reading {@code chunkSize} rows at
     * a time, so memory stays bounded whatever the selection's size.
     *
     * @return the number of rows handed over
     */
    long forEach(JournalFilter filter, int chunkSize, Consumer<JournalRow> consumer);

    Optional<JournalRow> findRow(long id);

    /** Voids, refunds and completions that name this entry as their original, oldest first. */
    List<JournalRow> referencing(long originalId);

    List<StatementMatch> statementLines(long transactionId);
}

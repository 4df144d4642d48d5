package org.posdesk.domain.journal;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A position in the journal's search order (terminal time descending, then id descending): the
 * last row of a page. The next page starts strictly after it, so rows that arrive meanwhile with
 * a later time land before it and never push a row onto a second page.
 */
public record JournalCursor(LocalDateTime terminalTime, long id) implements Serializable {

    public JournalCursor {
        Objects.requireNonNull(terminalTime, "terminalTime");
    }
}

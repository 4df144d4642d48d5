package org.posdesk.application.search;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Where a page ended: its last row's terminal time and id. The next page starts after it. */
public record SearchCursor(LocalDateTime terminalTime, long id) implements Serializable {
}

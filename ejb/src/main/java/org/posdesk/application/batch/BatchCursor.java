package org.posdesk.application.batch;

import java.io.Serializable;
import java.time.Instant;

/** Where the next page starts: after the batch opened at {@code openedAt} with {@code id}. */
public record BatchCursor(Instant openedAt, long id) implements Serializable {
}

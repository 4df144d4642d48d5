package org.posdesk.application.terminals;

import java.time.Instant;

/** @param settledAt null until the terminal settled */
public record BatchRow(long id, int number, String state, Instant openedAt, Instant settledAt) {
}

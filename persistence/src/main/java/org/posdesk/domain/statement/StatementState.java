package org.posdesk.domain.statement;

/** IMPORTED → MATCHED once every line has an outcome; REJECTED when its summary does not add up. */
public enum StatementState {
    IMPORTED, MATCHED, REJECTED,
    /** Replaced by a re-delivery of the same statement with other content: no longer matched or counted. */
    SUPERSEDED
}

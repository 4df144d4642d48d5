package org.posdesk.application.statement;

/** An import attempt: running, imported (a statement exists), refused (with a reason and report) or failed. */
public enum ImportState {
    RUNNING, IMPORTED, REJECTED, FAILED
}

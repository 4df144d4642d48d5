package org.posdesk.domain.casework;

/** The case lifecycle; a resolved case can only be reopened, and a reopened one is worked again. */
public enum CaseState {
    OPEN, INVESTIGATING, RESOLVED, ESCALATED, REOPENED;

    public boolean canMoveTo(CaseState next) {
        return switch (this) {
            case OPEN, REOPENED -> next == INVESTIGATING || next == RESOLVED || next == ESCALATED;
            case INVESTIGATING -> next == RESOLVED || next == ESCALATED;
            case ESCALATED -> next == INVESTIGATING || next == RESOLVED;
            case RESOLVED -> next == REOPENED;
        };
    }
}

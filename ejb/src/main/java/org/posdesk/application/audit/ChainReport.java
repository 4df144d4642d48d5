package org.posdesk.application.audit;

import java.io.Serializable;

/**
 * The outcome of recomputing the chain: how many entries were checked, and the first problem if
 * any, with the chain position it concerns.
 */
public record ChainReport(long checked, long headPosition, Problem problem, long position, String detail)
        implements Serializable {

    public enum Problem {
        /** The entry's stored hash no longer matches its content: it was changed. */
        ALTERED,
        /** The entry does not link to its predecessor's hash: one of the two was replaced. */
        BROKEN_LINK,
        /** No entry holds this position, though later ones (or the chain head) exist: it was removed. */
        MISSING
    }

    public static ChainReport intact(long checked, long head) {
        return new ChainReport(checked, head, null, 0, null);
    }

    /** The same finding, naming the chain head as it stood. */
    public ChainReport withHead(long head) {
        return new ChainReport(checked, head, problem, position, detail);
    }

    public boolean isIntact() {
        return problem == null;
    }

    /** One line for operators and logs. */
    public String summary() {
        return isIntact()
                ? "audit chain intact: " + checked + " entries, head at " + headPosition
                : "audit chain broken: " + problem + " at position " + position + " (" + detail + "); "
                        + checked + " entries checked, head at " + headPosition;
    }
}

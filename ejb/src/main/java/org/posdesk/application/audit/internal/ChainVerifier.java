package org.posdesk.application.audit.internal;

import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.posdesk.application.audit.ChainReport;
import org.posdesk.application.audit.ChainReport.Problem;
import org.posdesk.domain.audit.AuditEntry;
import org.posdesk.domain.audit.ChainHead;

/**
 * Walks the chain from its first position in pages (the heap holds one page whatever the
 * length) and stops at the first entry that was changed, unlinked or removed. The chain head is
 * read after the walk: it is committed with each entry, so it is never behind what was read, and
 * a head beyond the last entry read means entries were cut off the end.
 */
final class ChainVerifier {

    private final LongFunction<List<AuditEntry>> pageAfter;
    private final Supplier<ChainHead> head;

    /** @param pageAfter the next entries in chain order after a position (empty at the end) */
    ChainVerifier(LongFunction<List<AuditEntry>> pageAfter, Supplier<ChainHead> head) {
        this.pageAfter = pageAfter;
        this.head = head;
    }

    ChainReport verify() {
        ChainHead previous = ChainHead.EMPTY;
        long checked = 0;
        for (List<AuditEntry> page = pageAfter.apply(0); !page.isEmpty();
             page = pageAfter.apply(previous.position())) {
            for (AuditEntry entry : page) {
                ChainReport problem = check(previous, entry, checked);
                if (problem != null) {
                    return problem.withHead(head.get().position());
                }
                previous = entry.asHead();
                checked++;
            }
        }
        return atEnd(previous, checked, head.get());
    }

    private static ChainReport check(ChainHead previous, AuditEntry entry, long checked) {
        long expected = previous.position() + 1;
        if (entry.getChainPosition() != expected) {
            return new ChainReport(checked, -1, Problem.MISSING, expected,
                    "next entry found is at position " + entry.getChainPosition());
        }
        if (!entry.isIntact()) {
            return new ChainReport(checked, -1, Problem.ALTERED, expected,
                    "stored hash does not match the entry's content");
        }
        if (!entry.follows(previous)) {
            return new ChainReport(checked, -1, Problem.BROKEN_LINK, expected,
                    "previous hash does not match entry " + previous.position());
        }
        return null;
    }

    private static ChainReport atEnd(ChainHead last, long checked, ChainHead head) {
        if (head.position() > last.position()) {
            return new ChainReport(checked, head.position(), Problem.MISSING, last.position() + 1,
                    "the chain head is at " + head.position() + " but the entries end at " + last.position());
        }
        if (head.position() == last.position() && !Objects.equals(head.hash(), last.hash())) {
            return new ChainReport(checked, head.position(), Problem.BROKEN_LINK, last.position(),
                    "the chain head's hash does not match the last entry");
        }
        return ChainReport.intact(checked, head.position());
    }
}

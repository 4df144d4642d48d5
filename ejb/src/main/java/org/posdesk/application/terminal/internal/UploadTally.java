package org.posdesk.application.terminal.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.posdesk.domain.shared.Stan;

/**
 * Closes a batch upload: the terminal announced how many transactions it holds in the batch, posdesk
 * counts the distinct ones it holds. The count decides completeness. STANs are not a reliable
 * sequence of the batch alone (sign-ons, heartbeats and settlements use them too), so a gap
 * between held STANs proves nothing when the count is reached; when it is not, those gaps are the
 * STANs posdesk can name as possibly missing for whoever chases the batch.
 */
record UploadTally(int announced, int held, List<Stan> suspectedMissing) {

    /** A sane bound on what is written to the batch for a person to read. */
    static final int MAX_LISTED = 500;

    static UploadTally of(int announced, Collection<Stan> heldStans) {
        TreeSet<Integer> held = new TreeSet<>();
        heldStans.forEach(stan -> held.add(stan.asInt()));
        List<Stan> gaps = new ArrayList<>();
        if (held.size() < announced && !held.isEmpty()) {
            for (int stan = held.first() + 1; stan < held.last() && gaps.size() < MAX_LISTED; stan++) {
                if (!held.contains(stan)) {
                    gaps.add(Stan.of(stan));
                }
            }
        }
        return new UploadTally(announced, held.size(), List.copyOf(gaps));
    }

    boolean complete() {
        return held >= announced;
    }

    /** posdesk holds entries the terminal no longer counts: someone must look. */
    boolean surplus() {
        return held > announced;
    }
}

package org.posdesk.application.terminal.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.shared.Stan;

/** The terminal path's alerts, raised (or counted) through {@link AlertRaising}. */
@Dependent
class Alerts {

    @EJB
    AlertRaising alerts;

    /** The conflict of a repeated (TID, batch, STAN) whose content differs from what is stored. */
    void conflictingDuplicate(Inbound in, String what) {
        conflictingDuplicate(in, in.stan(), what);
    }

    /** The same, for a record whose STAN is not the request's field 11: a packed batch-upload entry. */
    void conflictingDuplicate(Inbound in, Stan stan, String what) {
        String key = in.tid() + "/" + in.field60().batch() + "/" + stan;
        alerts.raise(AlertKind.CONFLICTING_DUPLICATE, key,
                what + " " + key + " repeats a stored record with different content",
                in.merchant().getId(), in.terminal().getId(), in.at());
    }
}

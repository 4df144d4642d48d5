package org.posdesk.application.terminal.internal;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;
import org.posdesk.domain.alert.Alert;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.AlertRepository;
import org.posdesk.domain.shared.Stan;

/** Raises an alert, or counts one more occurrence of the same cause. */
@Dependent
class Alerts {

    private static final Logger LOG = Logger.getLogger(Alerts.class.getName());

    @Inject
    AlertRepository alerts;

    void raise(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId, Instant at) {
        LOG.warning(() -> kind + " " + causeKey + ": " + message);
        alerts.findByCause(kind, causeKey).ifPresentOrElse(
                alert -> alert.recur(message, at),
                () -> alerts.add(Alert.raise(kind, causeKey, message, merchantId, terminalId, at)));
    }

    /** The conflict of a repeated (TID, batch, STAN) whose content differs from what is stored. */
    void conflictingDuplicate(Inbound in, String what) {
        conflictingDuplicate(in, in.stan(), what);
    }

    /** The same, for a record whose STAN is not the request's field 11: a packed batch-upload entry. */
    void conflictingDuplicate(Inbound in, Stan stan, String what) {
        String key = in.tid() + "/" + in.field60().batch() + "/" + stan;
        raise(AlertKind.CONFLICTING_DUPLICATE, key,
                what + " " + key + " repeats a stored record with different content",
                in.merchant().getId(), in.terminal().getId(), in.at());
    }
}

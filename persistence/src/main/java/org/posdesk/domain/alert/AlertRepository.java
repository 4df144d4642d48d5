package org.posdesk.domain.alert;

import java.util.Optional;

/** Alerts, found by the cause they group on. */
public interface AlertRepository {

    void add(Alert alert);

    Optional<Alert> findByCause(AlertKind kind, String causeKey);
}

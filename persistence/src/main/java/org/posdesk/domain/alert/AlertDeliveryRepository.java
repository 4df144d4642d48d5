package org.posdesk.domain.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The outbox of webhook deliveries and their attempts. */
public interface AlertDeliveryRepository {

    void add(AlertDelivery delivery);

    void add(DeliveryAttempt attempt);

    Optional<AlertDelivery> find(long id);

    /**
     * Locks up to {@code limit} PENDING deliveries due at {@code now} that no other transaction
     * holds (rows another node is claiming are skipped, not waited for); the caller claims them.
     */
    List<AlertDelivery> lockDue(Instant now, int limit);

    List<AlertDelivery> ofAlert(long alertId);

    List<DeliveryAttempt> attemptsOf(Collection<Long> deliveryIds);
}

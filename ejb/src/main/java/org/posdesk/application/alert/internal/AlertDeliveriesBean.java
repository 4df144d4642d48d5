package org.posdesk.application.alert.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.posdesk.application.alert.AlertDeliveries;
import org.posdesk.infrastructure.config.Settings;

/**
 * Claims one due delivery at a time, sends it and records the attempt. Claims skip rows another
 * node holds, so nodes never send the same row at once; a DELIVERED row is never claimed again,
 * whatever restarts. Delivery is at least once: a node that dies between a receiver's 2xx and the
 * record sends that event again after the lease, under the same event id, for the receiver to
 * drop as a duplicate.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertDeliveriesBean implements AlertDeliveries {

    private static final Logger LOG = Logger.getLogger(AlertDeliveries.class.getName());
    private static final int PER_RUN = 100;

    @EJB
    private DeliveryClaims claims;

    private final Clock clock = Clock.systemUTC();
    private DeliveryBackoff backoff;
    private Duration lease;
    private WebhookSender sender;

    @PostConstruct
    void configure() {
        backoff = new DeliveryBackoff(Settings.duration("alert.retry-first", Duration.ofSeconds(10)),
                Settings.duration("alert.retry-max", Duration.ofMinutes(10)),
                Settings.get("alert.retry-attempts").map(Integer::parseInt).orElse(10));
        Duration timeout = Settings.duration("alert.webhook-timeout", Duration.ofSeconds(10));
        // Longer than any one send can take, so a live sender's row is never taken from it.
        lease = timeout.multipliedBy(3);
        sender = new WebhookSender(Duration.ofSeconds(5).compareTo(timeout) < 0 ? Duration.ofSeconds(5) : timeout,
                timeout, clock);
    }

    @Override
    public String deliverDue() {
        String node = System.getProperty("jboss.node.name", "posdesk");
        int delivered = 0;
        int retrying = 0;
        int gaveUp = 0;
        for (int i = 0; i < PER_RUN; i++) {
            Optional<DeliveryClaims.Claimed> next = claims.claimNext(clock.instant(), lease);
            if (next.isEmpty()) {
                break;
            }
            DeliveryClaims.Claimed c = next.get();
            WebhookSender.Outcome outcome = c.refusal() == null ? sender.send(c.url(), c.eventId(), c.secret(),
                    c.payload()) : new WebhookSender.Outcome(null, c.refusal(), Duration.ZERO);
            String state = claims.record(c.id(), clock.instant(), node, outcome,
                    c.refusal() == null ? backoff : DeliveryBackoff.NONE);
            // The host only: a webhook's path or query may carry the receiver's own token.
            LOG.info(() -> "webhook delivery " + c.eventId() + " to " + host(c.url()) + ": "
                    + (outcome.status() != null ? "HTTP " + outcome.status() : outcome.error()) + " -> " + state);
            switch (state) {
                case "DELIVERED" -> delivered++;
                case "GAVE_UP" -> gaveUp++;
                default -> retrying++;
            }
        }
        return "delivered " + delivered + ", to retry " + retrying + ", gave up " + gaveUp;
    }

    private static String host(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "(unreadable URL)";
        }
    }
}

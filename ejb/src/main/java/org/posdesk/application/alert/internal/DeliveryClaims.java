package org.posdesk.application.alert.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.posdesk.domain.alert.AlertDelivery;
import org.posdesk.domain.alert.AlertDeliveryRepository;
import org.posdesk.domain.alert.DeliveryAttempt;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.domain.alert.WebhookRepository;
import org.posdesk.infrastructure.crypto.KeyVault;

/**
 * The two short transactions around a send: claiming a due row (locked with SKIP LOCKED, then
 * leased by moving its due time), and recording the attempt. The send itself happens between
 * them with no transaction and no connection held.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliveryClaims {

    /**
     * What a sender needs, secret decrypted; lives only for the send. {@code refusal} says why it
     * must not be sent at all (the webhook was switched off, its secret cannot be decrypted): it is
     * then given up at once rather than block the rows behind it.
     */
    record Claimed(long id, String eventId, String url, byte[] secret, String payload, String refusal) {
    }

    @Inject
    private AlertDeliveryRepository deliveries;
    @Inject
    private WebhookRepository webhooks;
    @Inject
    private KeyVault vault;

    public Optional<Claimed> claimNext(Instant now, Duration lease) {
        return deliveries.lockDue(now, 1).stream().findFirst().map(d -> {
            d.claim(now.plus(lease));
            Webhook w = webhooks.find(d.getWebhookId()).orElseThrow();
            if (!w.isEnabled()) {
                return new Claimed(d.getId(), d.getEventId(), w.getUrl(), null, null, "webhook switched off");
            }
            try {
                return new Claimed(d.getId(), d.getEventId(), w.getUrl(), vault.decrypt(w.getSecretEncrypted()),
                        d.getPayload(), null);
            } catch (IllegalStateException e) {
                return new Claimed(d.getId(), d.getEventId(), w.getUrl(), null, null, e.getMessage());
            }
        });
    }

    /** Returns the delivery's state after the attempt. */
    public String record(long id, Instant at, String node, WebhookSender.Outcome outcome, DeliveryBackoff backoff) {
        AlertDelivery d = deliveries.find(id).orElseThrow();
        Optional<Instant> retry = Optional.empty();
        if (outcome.delivered()) {
            d.delivered(at);
        } else {
            retry = backoff.retryAt(d.getAttempts() + 1, at);
            d.failed(at, retry);
        }
        deliveries.add(new DeliveryAttempt(id, at, node, outcome.status(), outcome.error(), outcome.took(),
                retry.orElse(null)));
        return d.getState().name();
    }
}

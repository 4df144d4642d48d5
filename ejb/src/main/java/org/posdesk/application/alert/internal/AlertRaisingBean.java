package org.posdesk.application.alert.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.alert.Alert;
import org.posdesk.domain.alert.AlertDelivery;
import org.posdesk.domain.alert.AlertDeliveryRepository;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.AlertRepository;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.domain.alert.WebhookRepository;

@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AlertRaisingBean implements AlertRaising {

    private static final Logger LOG = Logger.getLogger(AlertRaising.class.getName());

    @Inject
    private AlertRepository alerts;
    @Inject
    private WebhookRepository webhooks;
    @Inject
    private AlertDeliveryRepository deliveries;
    @PersistenceContext(unitName = "posdesk")
    private EntityManager em;

    @Override
    public Raised raise(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId,
                        Instant at) {
        // Not the cause key: some hold epoch milliseconds, a digit run a card-data sweep of the log
        // would rightly question.
        LOG.warning(() -> kind + ": " + message);
        Alert existing = alerts.findByCause(kind, causeKey).orElse(null);
        if (existing == null) {
            Alert alert = Alert.raise(kind, causeKey, message, merchantId, terminalId, at);
            alerts.add(alert);
            schedule(alert, AlertPayload.RAISED, at);
            return Raised.NEW;
        }
        if (existing.recur(message, at)) {
            schedule(existing, AlertPayload.REOPENED, at);
            return Raised.REOPENED;
        }
        return Raised.COUNTED;
    }

    @Override
    public boolean raiseOnce(AlertKind kind, String causeKey, String message, Long merchantId, Long terminalId,
                             Instant at) {
        if (alerts.findByCause(kind, causeKey).isPresent()) {
            return false;
        }
        raise(kind, causeKey, message, merchantId, terminalId, at);
        return true;
    }

    private void schedule(Alert alert, String event, Instant at) {
        Long merchantId = alert.getMerchantId().orElse(null);
        List<Webhook> targets = webhooks.of(merchantId).stream().filter(w -> w.wants(alert.getKind())).toList();
        if (targets.isEmpty()) {
            return;
        }
        em.flush();   // the alert's id and the merchant's and terminal's names for the body
        AlertPayload.Subject subject = subject(alert);
        for (Webhook webhook : targets) {
            String eventId = AlertDelivery.newEventId();
            deliveries.add(AlertDelivery.schedule(eventId, alert.getId(), webhook.getId(),
                    AlertPayload.json(eventId, event, alert, subject), at));
        }
        LOG.info(() -> "alert " + alert.getId() + " (" + alert.getKind() + ") scheduled for " + targets.size()
                + " webhook(s)");
    }

    private AlertPayload.Subject subject(Alert alert) {
        String mid = null;
        String merchantName = null;
        String tid = null;
        if (alert.getMerchantId().isPresent()) {
            Object[] row = (Object[]) em.createNativeQuery("select mid, name from merchant where id = ?")
                    .setParameter(1, alert.getMerchantId().get()).getSingleResult();
            mid = String.valueOf(row[0]);
            merchantName = String.valueOf(row[1]);
        }
        if (alert.getTerminalId().isPresent()) {
            tid = String.valueOf(em.createNativeQuery("select tid from terminal where id = ?")
                    .setParameter(1, alert.getTerminalId().get()).getSingleResult());
        }
        return new AlertPayload.Subject(mid, merchantName, tid);
    }
}

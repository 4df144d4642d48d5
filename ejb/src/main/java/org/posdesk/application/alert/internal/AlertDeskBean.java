package org.posdesk.application.alert.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.alert.AlertDesk;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.alert.Alert;
import org.posdesk.domain.alert.AlertDelivery;
import org.posdesk.domain.alert.AlertDeliveryRepository;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.AlertState;
import org.posdesk.domain.alert.DeliveryAttempt;
import org.posdesk.domain.alert.DeliveryState;
import org.posdesk.domain.alert.Webhook;
import org.posdesk.domain.alert.WebhookRepository;
import org.posdesk.domain.terminal.Terminal;

@Stateless
public class AlertDeskBean implements AlertDesk {

    @Inject
    private AccessPolicy access;
    @Inject
    private AlertDeliveryRepository deliveries;
    @Inject
    private WebhookRepository webhooks;
    @EJB
    private AuditTrail audit;
    @PersistenceContext(unitName = "posdesk")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public AlertPage list(AlertFilter filter, AlertCursor before, int max) {
        Viewer viewer = access.viewer();
        int limit = Math.max(1, Math.min(max, MAX_PAGE));
        AlertQuery q = AlertQuery.of(viewer, filter, before);
        if (q == null) {
            return new AlertPage(List.of(), null);
        }
        Query query = em.createNativeQuery(q.sql(limit + 1));
        q.bind(query);
        List<AlertRow> rows = new ArrayList<>();
        for (Object o : query.getResultList()) {
            Object[] r = (Object[]) o;
            rows.add(new AlertRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], r[5] == null ? null : r[5].toString().trim(), ((Number) r[6]).intValue(),
                    instant(r[7]), instant(r[8]), (String) r[9], instant(r[10])));
        }
        AlertCursor next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            AlertRow last = rows.get(limit - 1);
            next = new AlertCursor(last.lastRaisedAt(), last.id());
        }
        return new AlertPage(List.copyOf(rows), next);
    }

    @Override
    public boolean acknowledge(long alertId) {
        Viewer viewer = access.viewer();
        Alert alert = visible(viewer, alertId);
        if (!alert.acknowledge(viewer.username(), clock.instant())) {
            return false;
        }
        audit.record(viewer.username(), "ALERT_ACKNOWLEDGE", AuditTrail.SUCCESS, null, "alert", Long.toString(alertId),
                alert.getKind() + " " + alert.getCauseKey() + " x" + alert.getOccurrences());
        return true;
    }

    @Override
    public List<DeliveryRow> deliveries(long alertId) {
        visible(access.viewer(), alertId);
        List<AlertDelivery> ds = deliveries.ofAlert(alertId);
        Map<Long, List<DeliveryAttempt>> attempts = deliveries.attemptsOf(ds.stream().map(AlertDelivery::getId).toList())
                .stream().collect(Collectors.groupingBy(DeliveryAttempt::getDeliveryId));
        return ds.stream().map(d -> new DeliveryRow(d.getEventId(),
                webhooks.find(d.getWebhookId()).map(Webhook::getUrl).orElse("?"), d.getState().name(), d.getAttempts(),
                d.getState() == DeliveryState.PENDING ? d.getNextAttemptAt() : null,
                attempts.getOrDefault(d.getId(), List.of()).stream().map(a -> new AttemptRow(a.getAttemptedAt(),
                        a.getHttpStatus().orElse(null), a.getError().orElse(null), a.getNextRetryAt().orElse(null)))
                        .toList())).toList();
    }

    /** The alert, if the caller may see it; the same refusal whether it exists elsewhere or not at all. */
    private Alert visible(Viewer viewer, long alertId) {
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            throw new AccessDeniedException("not found");
        }
        if (viewer.merchantScope().isEmpty()) {
            return alert;
        }
        if (!alert.getMerchantId().map(m -> m.equals(viewer.merchantId())).orElse(false)) {
            throw new AccessDeniedException("not found");
        }
        if (!viewer.storeIds().isEmpty() && alert.getTerminalId().isPresent()) {
            Terminal t = em.find(Terminal.class, alert.getTerminalId().get());
            viewer.requireVisible(t.getMerchantId(), t.getStoreId());
        }
        return alert;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    /** Parses a filter value to a known enum constant name, or tells that it names none. */
    static String known(String value, Enum<?>[] values) {
        if (value == null || value.isBlank()) {
            return "";
        }
        return Arrays.stream(values).map(Enum::name).filter(value::equals).findFirst().orElse(null);
    }

    /** The page's query within what the viewer may see; null when the filter can select nothing. */
    record AlertQuery(String hint, String where, List<Object> args) {

        static final String SELECT = "select a.id, a.kind, a.state, a.message, m.name, t.tid, a.occurrences,"
                + " a.first_raised_at, a.last_raised_at, a.acknowledged_by, a.acknowledged_at from alert a%s"
                + " left join merchant m on m.id = a.merchant_id left join terminal t on t.id = a.terminal_id";
        /**
         * Every merchant's alerts in one state: left to itself, MariaDB 10.11 takes the index by
         * ref on the state and reads every newer row down to the cursor (its ORDER BY ... LIMIT
         * shortcut drops the range); forced, it reads a range from the cursor on (AlertPlansIT).
         */
        static final String BY_STATE = " force index (ix_alert_state_time_id)";

        static AlertQuery of(Viewer viewer, AlertFilter filter, AlertCursor before) {
            List<String> predicates = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            if (viewer.merchantScope().isPresent()) {
                predicates.add("a.merchant_id = ?");
                args.add(viewer.merchantId());
                if (!viewer.storeIds().isEmpty()) {
                    predicates.add("(a.terminal_id is null or t.store_id in ("
                            + viewer.storeIds().stream().map(id -> Long.toString(id)).collect(Collectors.joining(","))
                            + "))");
                }
            }
            String state = known(filter == null ? null : filter.state(), AlertState.values());
            String kind = known(filter == null ? null : filter.kind(), AlertKind.values());
            if (state == null || kind == null) {
                return null;
            }
            if (!state.isEmpty()) {
                predicates.add("a.state = ?");
                args.add(state);
            }
            if (!kind.isEmpty()) {
                predicates.add("a.kind = ?");
                args.add(kind);
            }
            if (before != null) {
                // The first bound is implied by the second; it is there so that MariaDB reads a range
                // of the index from the cursor on instead of filtering from the newest row.
                predicates.add("a.last_raised_at <= ? and (a.last_raised_at < ? or (a.last_raised_at = ? and a.id < ?))");
                args.add(before.lastRaisedAt());
                args.add(before.lastRaisedAt());
                args.add(before.lastRaisedAt());
                args.add(before.id());
            }
            String hint = viewer.merchantScope().isEmpty() && !state.isEmpty() && kind.isEmpty() ? BY_STATE : "";
            return new AlertQuery(hint, predicates.isEmpty() ? "" : " where " + String.join(" and ", predicates),
                    List.copyOf(args));
        }

        String sql(int limit) {
            return SELECT.formatted(hint) + where + " order by a.last_raised_at desc, a.id desc limit " + limit;
        }

        void bind(Query query) {
            for (int i = 0; i < args.size(); i++) {
                query.setParameter(i + 1, args.get(i));
            }
        }
    }
}

package org.posdesk.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.posdesk.application.DashboardView.AlertLine;
import org.posdesk.application.DashboardView.IncompleteUpload;
import org.posdesk.application.DashboardView.OfflineTerminal;
import org.posdesk.application.DashboardView.StoreVolume;

/**
 * The dashboard's lists, each one indexed query bounded by a LIMIT. Native SQL because they are
 * projections across aggregates (terminal, store, batch), read-only and shaped for the page.
 */
@ApplicationScoped
class DashboardReadModel {

    static final int LIST_LIMIT = 8;

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    /** Who sees what: all merchants, one merchant, or some stores of one merchant. */
    record Scope(Long merchantId, Set<Long> storeIds) {

        Scope {
            storeIds = Set.copyOf(storeIds);
        }

        String on(String alias) {
            if (!storeIds.isEmpty()) {
                return " and " + alias + ".store_id in (:stores)";
            }
            return merchantId == null ? "" : " and " + alias + ".merchant_id = :merchant";
        }

        Query bind(Query query) {
            if (!storeIds.isEmpty()) {
                query.setParameter("stores", storeIds);
            } else if (merchantId != null) {
                query.setParameter("merchant", merchantId);
            }
            return query;
        }
    }

    /** Terminals not online now: the longest silent first (never seen ones last). */
    List<OfflineTerminal> offline(Scope scope, Instant now) {
        Query query = em.createNativeQuery("select t.tid, s.name, t.last_contact_at, t.heartbeat_interval_seconds"
                + " from terminal t join store s on s.id = t.store_id"
                + " where (t.connected = false or t.online_until is null or t.online_until < :now)" + scope.on("t")
                + " order by t.last_contact_at is null, t.last_contact_at, t.id limit " + LIST_LIMIT);
        query.setParameter("now", now);
        return rows(scope.bind(query)).stream()
                .map(r -> new OfflineTerminal((String) r[0], (String) r[1], instant(r[2]), number(r[3])))
                .toList();
    }

    long countOffline(Scope scope, Instant now) {
        Query query = em.createNativeQuery("select count(*) from terminal t"
                + " where (t.connected = false or t.online_until is null or t.online_until < :now)" + scope.on("t"));
        query.setParameter("now", now);
        return number(scope.bind(query).getSingleResult());
    }

    /** Silent past the allowance: no contact for three heartbeat intervals, connected or not. */
    long countSilent(Scope scope, Instant now) {
        Query query = em.createNativeQuery("select count(*) from terminal t"
                + " where t.last_contact_at is not null and t.online_until < :now" + scope.on("t"));
        query.setParameter("now", now);
        return number(scope.bind(query).getSingleResult());
    }

    List<IncompleteUpload> incompleteUploads(Scope scope) {
        Query query = em.createNativeQuery("select b.id, t.tid, b.batch_number, b.announced_count,"
                + " (select max(bt.occurred_at) from batch_transition bt where bt.batch_id = b.id)"
                + " from batch b join terminal t on t.id = b.terminal_id"
                + " where b.state = 'UPLOAD_INCOMPLETE'" + scope.on("t")
                + " order by b.opened_at desc, b.id desc limit " + LIST_LIMIT);
        return rows(scope.bind(query)).stream()
                .map(r -> new IncompleteUpload(number(r[0]), (String) r[1], (int) number(r[2]),
                        r[3] == null ? null : (int) number(r[3]), instant(r[4])))
                .toList();
    }

    /**
     * Today's sales by store, largest first: a range of the (merchant, time) index for one
     * merchant, of the terminal-time index across all merchants. Terminal time, as the slip
     * says, so that sales uploaded late count on the day they were made.
     */
    List<StoreVolume> volumeByStore(Scope scope, LocalDateTime localDayStart) {
        String time = "c.terminal_time";
        Query query = em.createNativeQuery("select v.store_id, s.name, v.n, v.amount, v.currency from ("
                + " select c.store_id, count(*) n, sum(case when c.type in ('SALE', 'PRE_AUTH_COMPLETION')"
                + " and c.status = 'APPROVED' then c.amount_minor else 0 end) amount,"
                + " max(c.currency) currency from card_transaction c where " + time + " >= :since" + scope.on("c")
                + " group by c.store_id) v join store s on s.id = v.store_id order by v.amount desc, v.store_id"
                + " limit " + LIST_LIMIT);
        query.setParameter("since", localDayStart);
        return rows(scope.bind(query)).stream()
                .map(r -> new StoreVolume(number(r[0]), (String) r[1], number(r[2]), number(r[3]), (String) r[4]))
                .toList();
    }

    /** Today's journal entries, with the day taken as in {@link #volumeByStore}. */
    long countToday(Scope scope, LocalDateTime localDayStart) {
        Query query = em.createNativeQuery("select count(*) from card_transaction c where c.terminal_time >= :since"
                + scope.on("c"));
        query.setParameter("since", localDayStart);
        return number(scope.bind(query).getSingleResult());
    }

    /**
     * Batches opened since {@code since}, by state. Bounded by the window: the whole history of a
     * large merchant (a batch per terminal and day) would be hundreds of thousands of rows to count
     * on every dashboard view.
     */
    java.util.Map<String, Long> batchesByState(Scope scope, Instant since) {
        // Every state named: a range per state on (merchant, state, opened_at) reads only the
        // window's index entries; "merchant = ? and opened_at >= ?" alone made MariaDB walk the
        // merchant's whole history in that index.
        String states = java.util.Arrays.stream(org.posdesk.domain.batch.BatchState.values())
                .map(state -> "'" + state.name() + "'").collect(java.util.stream.Collectors.joining(", "));
        String where = " where b.state in (" + states + ") and b.opened_at >= :since";
        String from = scope.storeIds().isEmpty()
                ? "batch b" + where + (scope.merchantId() == null ? "" : " and b.merchant_id = :merchant")
                : "batch b join terminal t on t.id = b.terminal_id" + where + " and t.store_id in (:stores)";
        Query query = em.createNativeQuery("select b.state, count(*) from " + from + " group by b.state");
        query.setParameter("since", since);
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        rows(scope.bind(query)).forEach(r -> counts.put((String) r[0], number(r[1])));
        return counts;
    }

    /** Every upload left incomplete, however old: each one is work for somebody. */
    long countIncompleteUploads(Scope scope) {
        String from = scope.storeIds().isEmpty() ? "batch b where b.state = 'UPLOAD_INCOMPLETE'"
                + (scope.merchantId() == null ? "" : " and b.merchant_id = :merchant")
                : "batch b join terminal t on t.id = b.terminal_id where b.state = 'UPLOAD_INCOMPLETE'"
                + " and t.store_id in (:stores)";
        return number(scope.bind(em.createNativeQuery("select count(*) from " + from)).getSingleResult());
    }

    long countOpenCases(Scope scope) {
        Query query = em.createNativeQuery("select count(*) from missing_order_case c"
                + " where c.state in ('OPEN', 'INVESTIGATING', 'ESCALATED', 'REOPENED')"
                + (scope.storeIds().isEmpty() ? scope.on("c") : " and c.store_id in (:stores)"));
        return number(scope.bind(query).getSingleResult());
    }

    List<AlertLine> recentAlerts(Scope scope) {
        String where = scope.storeIds().isEmpty() ? scope.on("a")
                : " and a.terminal_id in (select t.id from terminal t where t.store_id in (:stores))";
        Query query = em.createNativeQuery("select a.kind, a.message, a.last_raised_at, t.tid from alert a"
                + " left join terminal t on t.id = a.terminal_id where a.state = 'OPEN'" + where
                + " order by a.last_raised_at desc, a.id desc limit " + LIST_LIMIT);
        return rows(scope.bind(query)).stream()
                .map(r -> new AlertLine((String) r[0], (String) r[1], instant(r[2]), (String) r[3]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return Timestamp.valueOf(local).toInstant();
        }
        return (Instant) value;
    }
}

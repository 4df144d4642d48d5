package org.posdesk.application.casework.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;

/**
 * The candidate finder's reads. Each probe is one indexed lookup within the case's merchant (by
 * RRN, auth code, STAN near the time, amount near the time, last four near the time, the terminal
 * near the time, the order number), capped, so a case over ten million journal rows reads a few
 * hundred index entries. The union of what the probes found is then loaded in one query.
 */
@ApplicationScoped
class CandidateReadModel {

    @PersistenceContext(unitName = "posdesk")
    EntityManager em;

    /** What to look for, already resolved to the merchant's columns. */
    record Search(long merchantId, String mid, Long terminalId, String tid, Long amountFrom, Long amountTo,
                  LocalDateTime from, LocalDateTime to, Instant receivedFrom, Instant receivedTo, String lastFour,
                  String stan, String rrn, String authCode, String orderNumber, LocalDateTime near) {
    }

    List<CardTransaction> journal(Search s) {
        Set<Long> ids = new LinkedHashSet<>();
        if (s.rrn() != null) {
            ids.addAll(ids(CandidateSql.BY_RRN, s, "rrn", s.rrn()));
        }
        if (s.authCode() != null) {
            ids.addAll(ids(CandidateSql.BY_AUTH_CODE, s, "auth", s.authCode()));
        }
        if (s.stan() != null) {
            ids.addAll(ids(CandidateSql.BY_STAN, s, "stan", s.stan()));
        }
        if (s.amountFrom() != null) {
            ids.addAll(ids(CandidateSql.BY_AMOUNT, s, null, null));
        }
        if (s.lastFour() != null) {
            ids.addAll(ids(CandidateSql.BY_LAST_FOUR, s, "last4", s.lastFour()));
        }
        if (s.terminalId() != null && s.near() != null) {
            Query q = em.createNativeQuery(CandidateSql.BY_TERMINAL + CandidateSql.LIMIT)
                    .setParameter("t", s.terminalId())
                    .setParameter("nearFrom", s.near().minusMinutes(30))
                    .setParameter("nearTo", s.near().plusMinutes(30));
            ids.addAll(longs(q));
        }
        if (s.orderNumber() != null) {
            ids.addAll(ids(CandidateSql.BY_ORDER, s,
                    "order", s.orderNumber()));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from CardTransaction t where t.id in :ids", CardTransaction.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Reversals whose original posdesk never saw, of about the amount around the time. */
    List<CardReversal> orphanReversals(Search s) {
        if (s.amountFrom() == null) {
            return List.of();
        }
        Query q = em.createNativeQuery(CandidateSql.ORPHAN_REVERSALS + CandidateSql.LIMIT)
                .setParameter("m", s.merchantId()).setParameter("a1", s.amountFrom()).setParameter("a2", s.amountTo())
                .setParameter("r1", s.receivedFrom()).setParameter("r2", s.receivedTo());
        List<Long> ids = longs(q);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from CardReversal r where r.id in :ids", CardReversal.class)
                .setParameter("ids", ids).getResultList();
    }

    /** An acquirer line no journal entry matched: the acquirer has a payment posdesk lacks. */
    record Line(long id, String tid, String rrn, String stan, Integer batch, String type, long amountMinor,
                String currency, String lastFour, String authCode, LocalDateTime time, String orderNumber) {
    }

    List<Line> unmatchedLines(Search s) {
        Set<Long> ids = new LinkedHashSet<>();
        if (s.tid() != null && s.rrn() != null) {
            ids.addAll(longs(em.createNativeQuery(CandidateSql.LINE_BY_RRN + CandidateSql.LIMIT).setParameter("tid", s.tid()).setParameter("rrn", s.rrn())));
        }
        if (s.tid() != null && s.stan() != null) {
            ids.addAll(longs(em.createNativeQuery(CandidateSql.LINE_BY_STAN + CandidateSql.LIMIT).setParameter("tid", s.tid()).setParameter("stan", s.stan())));
        }
        if (s.amountFrom() != null) {
            ids.addAll(longs(em.createNativeQuery(CandidateSql.LINE_BY_AMOUNT + CandidateSql.LIMIT)
                    .setParameter("mid", s.mid()).setParameter("a1", s.amountFrom()).setParameter("a2", s.amountTo())
                    .setParameter("from", s.from()).setParameter("to", s.to())));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, tid, rrn, stan, batch_number, type, amount_minor,"
                        + " currency, card_last4, auth_code, transaction_time, order_number from statement_line"
                        + " where id in (:ids) and matched_transaction_id is null")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            lines.add(new Line(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                    r[4] == null ? null : ((Number) r[4]).intValue(), (String) r[5], ((Number) r[6]).longValue(),
                    (String) r[7], (String) r[8], (String) r[9], local(r[10]), (String) r[11]));
        }
        return lines;
    }

    /** The latest batch of the terminal that a 361 may ask for again. */
    Object[] resubmittableBatch(long terminalId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, batch_number, state from batch where terminal_id = :t"
                        + " and state in ('UNBALANCED', 'UPLOAD_INCOMPLETE', 'RESUBMIT_PENDING')"
                        + " order by opened_at desc, id desc limit 1")
                .setParameter("t", terminalId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private List<Long> ids(String sql, Search s, String name, Object value) {
        Query q = em.createNativeQuery(sql + CandidateSql.LIMIT).setParameter("m", s.merchantId());
        if (sql.contains(":from")) {
            q.setParameter("from", s.from()).setParameter("to", s.to());
        }
        if (sql.contains(":a1")) {
            q.setParameter("a1", s.amountFrom()).setParameter("a2", s.amountTo());
        }
        if (name != null) {
            q.setParameter(name, value);
        }
        return longs(q);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longs(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
    }

    private static LocalDateTime local(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}

package org.posdesk.application.casework.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.posdesk.application.casework.CaseSweep;
import org.posdesk.domain.job.JobRepository;
import org.posdesk.domain.job.Watermark;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.JournalScan;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.infrastructure.config.Settings;

/**
 * Reads the journal and the reversals in arrival order after their watermarks (by received time
 * and id, as the other jobs do), each entry once it is older than the grace period, and opens a
 * case for each one that still has no order or no original. Openings are idempotent by key, so
 * a run repeated after a failure opens nothing twice.
 */
@Stateless
public class CaseSweepBean implements CaseSweep {

    static final String JOURNAL_MARK = "cases-journal";
    static final String REVERSAL_MARK = "cases-reversals";
    private static final int BATCH = 1000;
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    @Inject
    private JournalScan journal;
    @Inject
    private JobRepository jobs;
    @Inject
    private CaseOpeningBean opening;

    @PersistenceContext(unitName = "posdesk")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public SweepRun sweep() {
        Instant now = clock.instant();
        Instant upTo = now.minus(Settings.duration("casework.grace", Duration.ofMinutes(30)));
        SweepRun payments = journal(now, upTo);
        SweepRun reversals = reversals(now, upTo);
        return new SweepRun(payments.read() + reversals.read(), payments.opened() + reversals.opened());
    }

    private SweepRun journal(Instant now, Instant upTo) {
        Watermark mark = jobs.lockWatermark(JOURNAL_MARK, now.minus(FIRST_LOOK_BACK), now);
        List<CardTransaction> arrived = journal.receivedAfter(mark.getPositionTime(), mark.getPositionId(), upTo, BATCH);
        int opened = 0;
        for (CardTransaction t : arrived) {
            if (t.getOrderNumber().isPresent() && t.isApproved() && t.getType().isDebit()) {
                opened += opening.openForUnknownOrder(t.getId()).isPresent() ? 1 : 0;
            } else if (isOrphanCancel(t)) {
                opening.openForMissingOriginal(t);
                opened++;
            }
        }
        if (!arrived.isEmpty()) {
            CardTransaction last = arrived.get(arrived.size() - 1);
            mark.advance(last.getReceivedAt(), last.getId(), now);
        }
        return new SweepRun(arrived.size(), opened);
    }

    /**
     * A void always names its original; a refund does when it carries field 61, and the connector
     * then flags it when the original is missing (a refund without a reference is not flagged).
     */
    static boolean isOrphanCancel(CardTransaction t) {
        return t.getOriginalId().isEmpty() && (t.getType() == TransactionType.VOID
                || (t.getType() == TransactionType.REFUND && t.isAnomaly()));
    }

    private SweepRun reversals(Instant now, Instant upTo) {
        Watermark mark = jobs.lockWatermark(REVERSAL_MARK, now.minus(FIRST_LOOK_BACK), now);
        List<CardReversal> arrived = em.createQuery("select r from CardReversal r where (r.receivedAt > :t"
                        + " or (r.receivedAt = :t and r.id > :id)) and r.receivedAt <= :upTo"
                        + " order by r.receivedAt, r.id", CardReversal.class)
                .setParameter("t", mark.getPositionTime()).setParameter("id", mark.getPositionId())
                .setParameter("upTo", upTo).setMaxResults(BATCH).getResultList();
        int opened = 0;
        for (CardReversal r : arrived) {
            if (r.isOrphan()) {
                opening.openForOrphanReversal(r);
                opened++;
            }
        }
        if (!arrived.isEmpty()) {
            CardReversal last = arrived.get(arrived.size() - 1);
            mark.advance(last.getReceivedAt(), last.getId(), now);
        }
        return new SweepRun(arrived.size(), opened);
    }
}

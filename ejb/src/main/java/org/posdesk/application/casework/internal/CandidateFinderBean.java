package org.posdesk.application.casework.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CandidateFinder;
import org.posdesk.application.casework.CandidateList;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseSource;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.casework.MissingOrderCase;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;
import org.posdesk.domain.user.Role;

/**
 * Collects candidates from the journal (online, offline and uploaded entries, voided and reversed
 * ones too, so the agent sees why they do not count), orphan reversals and unmatched acquirer
 * lines, scores each with {@link CandidateScoring} and keeps the best.
 */
@Stateless
public class CandidateFinderBean implements CandidateFinder {

    /** A customer's "around noon" is searched this far either side. */
    static final Duration TIME_WINDOW = Duration.ofHours(6);
    /** Without a time, the search looks back this far. */
    static final Duration LOOK_BACK = Duration.ofDays(45);

    @Inject
    private AccessPolicy access;
    @Inject
    private CaseRepository cases;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private CandidateReadModel reads;

    private final Clock clock = Clock.systemUTC();

    @Override
    public CandidateList candidates(long caseId) {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.MERCHANT) {
            throw new AccessDeniedException("only the help desk searches candidates");
        }
        MissingOrderCase c = cases.findById(caseId).orElseThrow(() -> new AccessDeniedException("not found"));
        Merchant merchant = merchants.findById(c.getMerchantId()).orElseThrow();
        ZoneId zone = merchant.getTimeZone();
        Claim claim = c.getClaim();
        Optional<Terminal> terminal = Optional.ofNullable(claim.terminalId()).flatMap(terminals::findById);
        CandidateScoring.Probe probe = new CandidateScoring.Probe(claim.terminalId(), claim.storeId(),
                claim.amount() == null ? null : claim.amount().minorUnits(), claim.time(), claim.cardLastFour(),
                claim.stan() == null ? null : claim.stan().value(), claim.rrn() == null ? null : claim.rrn().value(),
                c.getAuthCode().map(Object::toString).orElse(null),
                claim.orderNumber() == null ? null : claim.orderNumber().value());
        CandidateReadModel.Search search = search(c, merchant, terminal, probe, zone);

        List<Candidate> found = new ArrayList<>();
        for (CardTransaction t : reads.journal(search)) {
            if (c.getSource() == CaseSource.PAYMENT_WITHOUT_ORDER && t.getId().equals(c.getTransactionId().orElse(null))) {
                continue; // the payment the case is about is not its own candidate
            }
            found.add(journal(t, probe));
        }
        for (CardReversal r : reads.orphanReversals(search)) {
            found.add(reversal(r, probe, zone));
        }
        for (CandidateReadModel.Line line : reads.unmatchedLines(search)) {
            found.add(line(line, probe));
        }
        List<Candidate> best = found.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::id))
                .limit(MAX_CANDIDATES).toList();
        return new CandidateList(best, terminal.map(this::offer).orElse(null));
    }

    private static CandidateReadModel.Search search(MissingOrderCase c, Merchant merchant, Optional<Terminal> terminal,
                                                    CandidateScoring.Probe p, ZoneId zone) {
        LocalDateTime from;
        LocalDateTime to;
        if (p.time() != null) {
            from = p.time().minus(TIME_WINDOW);
            to = p.time().plus(TIME_WINDOW);
        } else {
            LocalDateTime opened = LocalDateTime.ofInstant(c.getOpenedAt(), zone);
            from = opened.minus(LOOK_BACK);
            to = opened.plusDays(1);
        }
        Long a1 = null;
        Long a2 = null;
        if (p.amountMinor() != null) {
            long tolerance = CandidateScoring.tolerance(p.amountMinor());
            a1 = p.amountMinor() - tolerance;
            a2 = p.amountMinor() + tolerance;
        }
        // Reversals carry no terminal time; an offline reversal may arrive a day after the sale.
        Instant r1 = from.atZone(zone).toInstant();
        Instant r2 = to.atZone(zone).toInstant().plus(Duration.ofDays(1));
        return new CandidateReadModel.Search(c.getMerchantId(), merchant.getMid().value(), p.terminalId(),
                terminal.map(t -> t.getTid().value()).orElse(null), a1, a2, from, to, r1, r2, p.lastFour(), p.stan(),
                p.rrn(), p.authCode(), p.orderNumber(), p.time());
    }

    private static Candidate journal(CardTransaction t, CandidateScoring.Probe p) {
        String last4 = t.getCard().map(MaskedPan::lastFour).orElse(null);
        String rrn = t.getRrn().map(r -> r.value()).orElse(null);
        String auth = t.getAuthCode().map(Object::toString).orElse(null);
        String order = t.getOrderNumber().map(o -> o.value()).orElse(null);
        CandidateScoring.Scored s = CandidateScoring.score(p, new CandidateScoring.Evidence(t.getTerminalId(),
                t.getStoreId(), t.getAmount().minorUnits(), t.getTerminalTime(), last4, t.getStan().value(), rrn, auth,
                order, t.getStatus().name()));
        return new Candidate("JOURNAL", t.getId(), t.getTid().value(), t.getBatchNumber().value(), t.getStan().value(),
                rrn, auth, t.getAmount().minorUnits(), t.getAmount().currency(), t.getTerminalTime(), t.getReceivedAt(),
                last4, t.getType().name(), t.getStatus().name(), t.getOrigin().name(), order, s.score(), s.reasons(),
                t.isApproved() && t.getType().isDebit());
    }

    private static Candidate reversal(CardReversal r, CandidateScoring.Probe p, ZoneId zone) {
        String last4 = r.getCard().map(MaskedPan::lastFour).orElse(null);
        LocalDateTime local = LocalDateTime.ofInstant(r.getReceivedAt(), zone);
        CandidateScoring.Scored s = CandidateScoring.score(p, new CandidateScoring.Evidence(r.getTerminalId(), null,
                r.getAmount().minorUnits(), local, last4, r.getStan().value(), null, null, null, "REVERSED"));
        return new Candidate("REVERSAL", r.getId(), r.getTid().value(), r.getBatchNumber().value(), r.getStan().value(),
                null, null, r.getAmount().minorUnits(), r.getAmount().currency(), local, r.getReceivedAt(), last4,
                "REVERSAL", "ORPHAN", null, null, s.score(), s.reasons(), false);
    }

    private static Candidate line(CandidateReadModel.Line l, CandidateScoring.Probe p) {
        CandidateScoring.Scored s = CandidateScoring.score(p, new CandidateScoring.Evidence(null, null, l.amountMinor(),
                l.time(), l.lastFour(), l.stan(), l.rrn(), l.authCode(), l.orderNumber(), null));
        return new Candidate("STATEMENT", l.id(), l.tid(), l.batch(), l.stan(), l.rrn(), l.authCode(), l.amountMinor(),
                l.currency(), l.time(), null, l.lastFour(), l.type(), "ACQUIRER_ONLY", null, l.orderNumber(), s.score(),
                s.reasons(), false);
    }

    private CandidateList.TerminalOffer offer(Terminal t) {
        Object[] batch = reads.resubmittableBatch(t.getId());
        return new CandidateList.TerminalOffer(t.getTid().value(), t.isOnline(clock.instant()),
                t.getLastContactAt().orElse(null), batch == null ? null : ((Number) batch[0]).longValue(),
                batch == null ? null : ((Number) batch[1]).intValue(), batch == null ? null : (String) batch[2]);
    }
}

package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.reconciliation.DiscrepancyDesk;
import org.posdesk.application.reconciliation.DiscrepancyPage;
import org.posdesk.application.reconciliation.DiscrepancyRow;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseSource;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.casework.MissingOrderCase;
import org.posdesk.domain.reconciliation.Discrepancy;
import org.posdesk.domain.reconciliation.DiscrepancyState;
import org.posdesk.domain.reconciliation.ReconciliationRepository;
import org.posdesk.domain.reconciliation.TerminalRef;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.user.Role;

@Stateless
public class DiscrepancyDeskBean implements DiscrepancyDesk {

    @Inject
    private AccessPolicy access;
    @Inject
    private ReconciliationRepository repository;
    @Inject
    private CaseRepository cases;
    @EJB
    private AuditTrail audit;
    @EJB
    private BatchVerdicts verdicts;

    private final Clock clock = Clock.systemUTC();

    @Override
    public DiscrepancyPage page(String state, DiscrepancyPage.Cursor after, int size) {
        Viewer viewer = access.viewer();
        DiscrepancyState wanted = DiscrepancyState.valueOf(state);
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<ReconciliationRepository.QueueRow> rows = repository.queue(viewer.merchantScope().orElse(null), wanted,
                after == null ? null : after.createdAt(), after == null ? null : after.id(), limit + 1);
        List<DiscrepancyRow> shown = rows.stream().limit(limit).map(DiscrepancyDeskBean::row).toList();
        DiscrepancyPage.Cursor next = rows.size() > limit
                ? new DiscrepancyPage.Cursor(shown.get(limit - 1).createdAt(), shown.get(limit - 1).id()) : null;
        return new DiscrepancyPage(shown, next);
    }

    @Override
    public void resolve(long id, String reason) {
        Viewer viewer = requireStaff();
        Instant now = clock.instant();
        Discrepancy d = repository.lockDiscrepancy(id).orElseThrow(() -> new AccessDeniedException("not found"));
        d.resolve(reason, viewer.username(), now);
        rejudge(d, now);
        audit.record(viewer.username(), "DISCREPANCY_RESOLVE", AuditTrail.SUCCESS, null, "discrepancy",
                String.valueOf(id), d.getOutcome() + ": " + reason);
    }

    @Override
    public long openCase(long id) {
        Viewer viewer = requireStaff();
        Instant now = clock.instant();
        Discrepancy d = repository.lockDiscrepancy(id).orElseThrow(() -> new AccessDeniedException("not found"));
        long merchant = d.getMerchantId().orElseThrow(() ->
                new IllegalArgumentException("the terminal is unknown: no merchant to open a case for"));
        Long store = d.getTid().map(t -> repository.terminals(List.of(t)).get(t)).map(TerminalRef::storeId).orElse(null);
        MissingOrderCase c = MissingOrderCase.open(merchant, new Claim(store, d.getTerminalId().orElse(null), null,
                Money.of(d.getAmountMinor(), d.getCurrency()), d.getOccurredAt().orElse(null), null, null, null),
                CaseSource.RECONCILIATION, viewer.username(), now);
        cases.add(c);
        d.handOverToCase(c.getId(), viewer.username(), now);
        audit.record(viewer.username(), "DISCREPANCY_CASE", AuditTrail.SUCCESS, null, "discrepancy",
                String.valueOf(id), "case " + c.getId());
        return c.getId();
    }

    /** Resolving the last open discrepancy of a DISCREPANT batch reconciles it. */
    private void rejudge(Discrepancy d, Instant now) {
        d.getBatchId().ifPresent(batch -> verdicts.judge(List.of(batch), "discrepancy resolved by a person", now));
    }

    private Viewer requireStaff() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.MERCHANT) {
            throw new AccessDeniedException("not found");
        }
        return viewer;
    }

    private static DiscrepancyRow row(ReconciliationRepository.QueueRow r) {
        Discrepancy d = r.discrepancy();
        return new DiscrepancyRow(d.getId(), d.getCreatedAt(), d.getOutcome().name(), d.getState().name(),
                d.getTid().orElse(null), d.getAmountMinor(), d.getCurrency(), d.getOccurredAt().orElse(null),
                d.getDetail().orElse(null), r.fileName(), d.getCaseId().orElse(null), d.getResolution().orElse(null),
                d.getResolvedBy().orElse(null), d.getMerchantId().isPresent());
    }
}

package org.posdesk.application.casework.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.casework.CaseRow;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseResolution;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.casework.MissingOrderCase;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.merchant.StoreRepository;

/** Cases into the records the pages bind; names are looked up once per page, not per row. */
@ApplicationScoped
class CaseViews {

    @Inject
    CaseRepository cases;
    @Inject
    MerchantRepository merchants;
    @Inject
    StoreRepository stores;

    String tierOf(long merchantId) {
        return merchants.findById(merchantId).map(Merchant::getTier).orElse(Merchant.DEFAULT_TIER);
    }

    List<CaseRow> rows(List<MissingOrderCase> page, Instant now) {
        Set<Long> terminalIds = new HashSet<>();
        Set<Long> merchantIds = new HashSet<>();
        for (MissingOrderCase c : page) {
            merchantIds.add(c.getMerchantId());
            if (c.getClaim().terminalId() != null) {
                terminalIds.add(c.getClaim().terminalId());
            }
        }
        Map<Long, String> tids = cases.tidsOf(terminalIds);
        Map<Long, String> names = cases.merchantNamesOf(merchantIds);
        return page.stream().map(c -> row(c, tids, names, now)).toList();
    }

    private static CaseRow row(MissingOrderCase c, Map<Long, String> tids, Map<Long, String> names, Instant now) {
        Claim claim = c.getClaim();
        return new CaseRow(c.getId(), c.getMerchantId(), names.get(c.getMerchantId()),
                claim.terminalId() == null ? null : tids.get(claim.terminalId()),
                claim.orderNumber() == null ? null : claim.orderNumber().value(),
                claim.amount() == null ? null : claim.amount().minorUnits(),
                claim.amount() == null ? null : claim.amount().currency(), claim.time(), claim.cardLastFour(),
                c.getState().name(), c.getResolutionKind().map(CaseResolution::name).orElse(null), c.getSource().name(),
                c.getAssignee().orElse(null), c.getOpenedAt(), c.getSlaDueAt().orElse(null), c.isSlaBreached(now));
    }

    CaseDetail detail(MissingOrderCase c, boolean staff, Instant now) {
        Claim claim = c.getClaim();
        String storeName = claim.storeId() == null ? null
                : stores.findById(claim.storeId()).map(Store::getName).orElse(null);
        List<CaseDetail.TransitionView> transitions = c.getTransitions().stream()
                .map(t -> new CaseDetail.TransitionView(t.getFromState().map(Enum::name).orElse(null),
                        t.getToState().name(), t.getOccurredAt(), t.getActor(), t.getReason()))
                .toList();
        List<CaseDetail.NoteView> notes = c.getNotes(staff).stream()
                .map(n -> new CaseDetail.NoteView(n.getAuthor(), n.getWrittenAt(), n.isInternal(), n.getBody()))
                .toList();
        return new CaseDetail(rows(List.of(c), now).get(0), storeName,
                claim.stan() == null ? null : claim.stan().value(), claim.rrn() == null ? null : claim.rrn().toString(),
                c.getAuthCode().map(Object::toString).orElse(null), c.getTransactionId().orElse(null),
                c.getResolution().orElse(null), c.getOpenedBy(), c.getResolvedAt().orElse(null), transitions, notes,
                staff);
    }
}

package org.posdesk.application.casework.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.casework.CaseActionRefusedException;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.casework.CasePage;
import org.posdesk.application.casework.CaseRow;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.casework.ClaimForm;
import org.posdesk.application.casework.QueueFilter;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.casework.CaseQuery;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseResolution;
import org.posdesk.domain.casework.CaseSource;
import org.posdesk.domain.casework.CaseState;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.casework.MissingOrderCase;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.user.Role;

@Stateless
public class CaseworkBean implements Casework {

    static final String TARGET = "case";

    @Inject
    private AccessPolicy access;
    @Inject
    private AuditTrail audit;
    @Inject
    private CaseRepository cases;
    @Inject
    private ClaimReader claims;
    @Inject
    private CaseViews views;
    @Inject
    private OrderRepository orders;
    @Inject
    private TransactionRepository journal;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long openFromClaim(ClaimForm form) {
        Viewer viewer = access.viewer();
        long merchantId = viewer.merchantScope().orElseGet(() -> {
            if (form.merchantId() == null) {
                throw new CaseActionRefusedException("merchant", "staff name the merchant of a claim");
            }
            return form.merchantId();
        });
        ClaimReader.Read read = claims.read(viewer, merchantId, form);
        CaseSource source = viewer.role() == Role.MERCHANT ? CaseSource.MERCHANT_REPORT : CaseSource.AGENT_REPORT;
        return open(viewer, merchantId, read, source, form.note());
    }

    @Override
    public long openFromOrder(long orderId, String note) {
        Viewer viewer = access.viewer();
        MerchantOrder order = orders.findById(orderId)
                .filter(o -> viewer.merchantScope().map(m -> m == o.getMerchantId()).orElse(true))
                .filter(o -> viewer.storeIds().isEmpty() || o.getStoreId().filter(viewer.storeIds()::contains).isPresent())
                .orElseThrow(() -> new AccessDeniedException("not found"));
        Claim claim = new Claim(order.getStoreId().orElse(null), null, order.getOrderNumber(), order.getAmount(),
                null, null, null, null);
        CaseSource source = viewer.role() == Role.MERCHANT ? CaseSource.MERCHANT_REPORT : CaseSource.AGENT_REPORT;
        return open(viewer, order.getMerchantId(), new ClaimReader.Read(claim, null), source, note);
    }

    private long open(Viewer viewer, long merchantId, ClaimReader.Read read, CaseSource source, String note) {
        Instant now = clock.instant();
        MissingOrderCase c = MissingOrderCase.open(merchantId, read.claim(), read.authCode(), source,
                viewer.username(), now, now.plus(sla(merchantId)), null);
        if (note != null && !note.isBlank()) {
            c.addNote(viewer.username(), note.strip(), false, now);
        }
        cases.add(c);
        audit.record(viewer.username(), "CASE_OPEN", AuditTrail.SUCCESS, null, TARGET, c.getId().toString(),
                source.name() + " for merchant " + merchantId);
        return c.getId();
    }

    private Duration sla(long merchantId) {
        return cases.slaFor(views.tierOf(merchantId));
    }

    @Override
    public CasePage queue(QueueFilter filter, CasePage.Cursor after, int pageSize) {
        Viewer viewer = access.viewer();
        Instant now = clock.instant();
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        CaseState state = filter.state() == null || filter.state().isBlank() ? null : CaseState.valueOf(filter.state());
        String assignee = QueueFilter.ME.equals(filter.assignee()) ? viewer.username()
                : filter.assignee() == null || filter.assignee().isBlank() ? null : filter.assignee();
        Long merchant = viewer.merchantScope().orElse(filter.merchantId());
        Set<Long> stores = viewer.merchantScope().isPresent() ? viewer.storeIds() : Set.of();
        CaseQuery query = new CaseQuery(merchant, stores, state, assignee,
                filter.olderThanHours() == null ? null : now.minus(Duration.ofHours(filter.olderThanHours())),
                filter.slaBreached() ? now : null,
                after == null ? null : new CaseQuery.After(after.openedAt(), after.id()));
        // One row more than asked tells whether another page exists, without counting.
        List<MissingOrderCase> found = cases.queue(query, size + 1);
        List<MissingOrderCase> page = found.subList(0, Math.min(size, found.size()));
        MissingOrderCase last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new CasePage(views.rows(page, now),
                found.size() > size ? new CasePage.Cursor(last.getOpenedAt(), last.getId()) : null);
    }

    @Override
    public Map<String, Long> countsByState(Long merchantId) {
        Viewer viewer = access.viewer();
        Map<CaseState, Long> counts = cases.countActiveByState(viewer.merchantScope().orElse(merchantId));
        Map<String, Long> named = new LinkedHashMap<>();
        for (CaseState s : CaseState.values()) {
            if (s != CaseState.RESOLVED) {
                named.put(s.name(), counts.getOrDefault(s, 0L));
            }
        }
        return named;
    }

    @Override
    public CaseDetail detail(long caseId) {
        Viewer viewer = access.viewer();
        return views.detail(visible(viewer, caseId, false), viewer.role() != Role.MERCHANT, clock.instant());
    }

    @Override
    public void assignToMe(long caseId) {
        Viewer viewer = staff();
        MissingOrderCase c = visible(viewer, caseId, true);
        act(() -> c.assignTo(viewer.username(), clock.instant()));
        audit(viewer, "CASE_ASSIGN", c, "assigned to " + viewer.username());
    }

    @Override
    public void addNote(long caseId, String body, boolean internal) {
        Viewer viewer = access.viewer();
        if (internal && viewer.role() == Role.MERCHANT) {
            throw new AccessDeniedException("internal notes are for staff");
        }
        MissingOrderCase c = visible(viewer, caseId, true);
        if (body == null || body.isBlank()) {
            throw new CaseActionRefusedException("reason", "a note needs a text");
        }
        c.addNote(viewer.username(), body.strip(), internal, clock.instant());
        audit(viewer, "CASE_NOTE", c, internal ? "internal note" : "note");
    }

    @Override
    public void linkPayment(long caseId, long transactionId, String orderNumber, String reason) {
        Viewer viewer = staff();
        MissingOrderCase c = visible(viewer, caseId, true);
        CardTransaction payment = journal.findById(transactionId)
                .filter(t -> t.getMerchantId() == c.getMerchantId())
                .orElseThrow(() -> new AccessDeniedException("not found"));
        OrderNumber number = orderNumber == null || orderNumber.isBlank()
                ? c.getClaim().orderNumber() : parse(orderNumber);
        if (number == null) {
            throw new CaseActionRefusedException("order", "the case names no order: give its number");
        }
        MerchantOrder order = orders.findByMerchantAndNumber(c.getMerchantId(), number)
                .orElseThrow(() -> new CaseActionRefusedException("order", "merchant has no order " + number));
        if (!payment.isApproved() || !payment.getType().isDebit()) {
            throw new CaseActionRefusedException("payment",
                    "a " + payment.getType() + " that is " + payment.getStatus() + " pays no order");
        }
        if (!payment.getAmount().equals(order.getAmount())) {
            throw new CaseActionRefusedException("amount",
                    "payment " + payment.getAmount() + " does not pay order amount " + order.getAmount());
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? "payment " + payment.getStan() + " pays order " + number
                : reason.strip();
        act(() -> c.linkPayment(transactionId, number, why, viewer.username(), now));
        payment.linkOrder(number);
        act(() -> order.markPaid(now));
        audit(viewer, "CASE_LINK", c, "transaction " + transactionId + " -> order " + number);
    }

    @Override
    public void resolve(long caseId, String resolutionKind, String reason) {
        Viewer viewer = staff();
        MissingOrderCase c = visible(viewer, caseId, true);
        CaseResolution kind;
        try {
            kind = CaseResolution.valueOf(resolutionKind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CaseActionRefusedException("resolution", "unknown resolution " + resolutionKind);
        }
        if (kind == CaseResolution.LINKED) {
            throw new CaseActionRefusedException("resolution", "link a case by naming its payment");
        }
        act(() -> c.resolve(kind, required(reason), viewer.username(), clock.instant()));
        audit(viewer, "CASE_RESOLVE", c, kind.name());
    }

    @Override
    public void escalate(long caseId, String reason) {
        Viewer viewer = staff();
        MissingOrderCase c = visible(viewer, caseId, true);
        act(() -> c.escalate(required(reason), viewer.username(), clock.instant()));
        audit(viewer, "CASE_ESCALATE", c, "to the acquirer");
    }

    @Override
    public void reopen(long caseId, String reason) {
        Viewer viewer = staff();
        MissingOrderCase c = visible(viewer, caseId, true);
        act(() -> c.reopen(required(reason), viewer.username(), clock.instant()));
        audit(viewer, "CASE_REOPEN", c, "reopened");
    }

    private Viewer staff() {
        Viewer viewer = access.viewer();
        if (viewer.role() == Role.MERCHANT) {
            throw new AccessDeniedException("only the help desk works the queue");
        }
        return viewer;
    }

    /** The case, if the caller may see it; locked when they are about to change it. */
    private MissingOrderCase visible(Viewer viewer, long caseId, boolean forUpdate) {
        return (forUpdate ? cases.lockById(caseId) : cases.findById(caseId))
                .filter(c -> maySee(viewer, c))
                .orElseThrow(() -> new AccessDeniedException("not found"));
    }

    /** A case without a store belongs to the merchant as a whole: not to a store-confined user (as orders). */
    static boolean maySee(Viewer viewer, MissingOrderCase c) {
        if (viewer.merchantScope().isEmpty()) {
            return true;
        }
        if (c.getMerchantId() != viewer.merchantId()) {
            return false;
        }
        Long store = c.getClaim().storeId();
        return viewer.storeIds().isEmpty() || (store != null && viewer.storeIds().contains(store));
    }

    private void audit(Viewer viewer, String event, MissingOrderCase c, String detail) {
        audit.record(viewer.username(), event, AuditTrail.SUCCESS, null, TARGET, c.getId().toString(), detail);
    }

    private static void act(Runnable change) {
        try {
            change.run();
        } catch (IllegalTransitionException e) {
            throw new CaseActionRefusedException("state", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new CaseActionRefusedException("input", e.getMessage());
        }
    }

    private static String required(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new CaseActionRefusedException("reason", "say why");
        }
        return reason.strip().length() > 255 ? reason.strip().substring(0, 255) : reason.strip();
    }

    private static OrderNumber parse(String number) {
        try {
            return OrderNumber.of(number.strip());
        } catch (IllegalArgumentException e) {
            throw new CaseActionRefusedException("order", e.getMessage());
        }
    }
}

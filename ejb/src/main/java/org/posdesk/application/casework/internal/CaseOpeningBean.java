package org.posdesk.application.casework.internal;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.posdesk.application.casework.CaseOpening;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseSource;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.casework.MissingOrderCase;
import org.posdesk.domain.journal.CardReversal;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.TransactionRepository;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.order.OrderSource;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * Opens the cases nobody reported, each at most once: the opening key names what the case is
 * about (a journal entry, a reversal, an acquirer line), and the unique index on it holds even when
 * two nodes look at the same thing at once (one insert fails and its job run retries later).
 */
// LocalBean: the case sweep also calls the openings that take entities, which the interface does not offer.
@Stateless
@LocalBean
public class CaseOpeningBean implements CaseOpening {

    static final String SYSTEM = "system";

    @Inject
    private CaseRepository cases;
    @Inject
    private CaseViews views;
    @Inject
    private TransactionRepository journal;
    @Inject
    private OrderRepository orders;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private AuditTrail audit;
    @Inject
    private org.posdesk.domain.merchant.MerchantRepository merchants;

    private final Clock clock = Clock.systemUTC();

    @Override
    public long openForAcquirerPayment(long merchantId, String tid, Money amount, LocalDateTime time, String rrn,
                                       String stan, String lastFour) {
        String key = "ACQ:" + tid + ":" + (rrn != null ? rrn : stan) + ":" + amount.minorUnits() + ":"
                + (time == null ? "" : time.format(DateTimeFormatter.ofPattern("yyMMddHHmmss")));
        Optional<Terminal> terminal = tid == null ? Optional.empty() : terminals.findByTid(Tid.of(tid))
                .filter(t -> t.getMerchantId() == merchantId);
        Claim claim = new Claim(terminal.map(Terminal::getStoreId).orElse(null), terminal.map(Terminal::getId).orElse(null),
                null, amount, time, lastFour, stan == null ? null : Stan.of(stan), rrn == null ? null : Rrn.of(rrn));
        return open(merchantId, claim, CaseSource.RECONCILIATION, key.length() > 64 ? key.substring(0, 64) : key, null);
    }

    @Override
    public Optional<Long> openForUnknownOrder(long transactionId) {
        Optional<CardTransaction> found = journal.findById(transactionId)
                .filter(CardTransaction::isApproved).filter(t -> t.getOrderNumber().isPresent());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CardTransaction t = found.get();
        Optional<MerchantOrder> order = orders.findByMerchantAndNumber(t.getMerchantId(), t.getOrderNumber().get());
        if (order.isEmpty() || order.get().getSource() != OrderSource.PAYMENT || !order.get().isUnknownToMerchant()) {
            return Optional.empty();
        }
        Claim claim = new Claim(t.getStoreId(), t.getTerminalId(), t.getOrderNumber().get(), t.getAmount(),
                t.getTerminalTime(), t.getCard().map(c -> c.lastFour()).orElse(null), t.getStan(), t.getRrn().orElse(null));
        return Optional.of(open(t.getMerchantId(), claim, CaseSource.PAYMENT_WITHOUT_ORDER, "TX:" + t.getId(), t));
    }

    /** A void or refund named an original posdesk does not hold. */
    public long openForMissingOriginal(CardTransaction t) {
        Claim claim = new Claim(t.getStoreId(), t.getTerminalId(), t.getOrderNumber().orElse(null), t.getAmount(),
                t.getTerminalTime(), t.getCard().map(c -> c.lastFour()).orElse(null), t.getStan(), t.getRrn().orElse(null));
        return open(t.getMerchantId(), claim, CaseSource.ORIGINAL_NOT_FOUND, "TX:" + t.getId(), t);
    }

    /**
     * A reversal whose original never arrived: the customer may have been charged or not. Its time
     * is when posdesk received it, in the merchant's zone (a reversal carries no terminal time).
     */
    public long openForOrphanReversal(CardReversal r) {
        java.time.ZoneId zone = merchants.findById(r.getMerchantId()).map(m -> m.getTimeZone())
                .orElse(java.time.ZoneId.of("Asia/Shanghai"));
        Claim claim = new Claim(terminals.findById(r.getTerminalId()).map(Terminal::getStoreId).orElse(null),
                r.getTerminalId(), null, r.getAmount(), LocalDateTime.ofInstant(r.getReceivedAt(), zone),
                r.getCard().map(c -> c.lastFour()).orElse(null), r.getStan(), null);
        return open(r.getMerchantId(), claim, CaseSource.ORIGINAL_NOT_FOUND, "REV:" + r.getId(), null);
    }

    private long open(long merchantId, Claim claim, CaseSource source, String key, CardTransaction about) {
        Optional<MissingOrderCase> existing = cases.findByOpeningKey(key);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        Instant now = clock.instant();
        MissingOrderCase c = MissingOrderCase.open(merchantId, claim, about == null ? null : about.getAuthCode().orElse(null),
                source, SYSTEM, now, now.plus(cases.slaFor(views.tierOf(merchantId))), key);
        if (about != null) {
            c.linkTransaction(about.getId());
        }
        cases.add(c);
        audit.record(SYSTEM, "CASE_OPEN", AuditTrail.SUCCESS, null, CaseworkBean.TARGET, c.getId().toString(),
                source.name() + " " + key);
        return c.getId();
    }
}

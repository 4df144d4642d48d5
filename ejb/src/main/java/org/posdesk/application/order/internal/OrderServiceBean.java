package org.posdesk.application.order.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.order.Highlight;
import org.posdesk.application.order.OrderDetail;
import org.posdesk.application.order.OrderPage;
import org.posdesk.application.order.OrderRow;
import org.posdesk.application.order.OrderSearch;
import org.posdesk.application.order.OrderService;
import org.posdesk.application.order.PaymentView;
import org.posdesk.application.order.StoreOption;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.Store;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.order.MerchantOrder;
import org.posdesk.domain.order.OrderFilter;
import org.posdesk.domain.order.OrderRepository;
import org.posdesk.domain.order.OrderSource;
import org.posdesk.domain.order.OrderStatus;
import org.posdesk.domain.shared.OrderNumber;

@Stateless
public class OrderServiceBean implements OrderService {

    private static final int MAX_PAYMENTS = 100;

    @Inject
    private AccessPolicy access;
    @Inject
    private OrderRepository orders;
    @Inject
    private StoreRepository stores;
    @Inject
    private MerchantRepository merchants;

    private final Clock clock = Clock.systemUTC();

    @Override
    public OrderPage search(OrderSearch search, OrderPage.Cursor after, int pageSize) {
        Instant now = clock.instant();
        Optional<OrderFilter> filter = filter(access.viewer(), search, now);
        if (filter.isEmpty()) {
            return new OrderPage(List.of(), null);
        }
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
        // One row more than asked tells whether another page exists, without counting.
        List<MerchantOrder> found = orders.search(filter.get(),
                after == null ? null : new OrderFilter.After(after.createdAt(), after.id()), size + 1);
        List<MerchantOrder> page = found.subList(0, Math.min(size, found.size()));
        List<OrderRow> rows = rows(page, now);
        OrderPage.Cursor next = found.size() > size
                ? new OrderPage.Cursor(page.get(size - 1).getCreatedAt(), page.get(size - 1).getId()) : null;
        return new OrderPage(rows, next);
    }

    @Override
    public long count(OrderSearch search) {
        return filter(access.viewer(), search, clock.instant())
                .map(f -> orders.countUpTo(f, COUNT_CAP)).orElse(0L);
    }

    @Override
    public OrderDetail order(long id) {
        Viewer viewer = access.viewer();
        MerchantOrder order = orders.findById(id)
                .filter(o -> visible(viewer, o))
                .orElseThrow(() -> new AccessDeniedException("not found"));
        return detail(order);
    }

    @Override
    public OrderDetail orderByNumber(String orderNumber) {
        Viewer viewer = access.viewer();
        long merchantId = viewer.merchantScope().orElseThrow(() -> new AccessDeniedException("not found"));
        OrderNumber number;
        try {
            number = OrderNumber.of(orderNumber);
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("not found");
        }
        MerchantOrder order = orders.findByMerchantAndNumber(merchantId, number)
                .filter(o -> visible(viewer, o))
                .orElseThrow(() -> new AccessDeniedException("not found"));
        return detail(order);
    }

    @Override
    public List<StoreOption> stores() {
        Viewer viewer = access.viewer();
        if (viewer.merchantScope().isEmpty()) {
            return List.of();
        }
        return stores.listByMerchant(viewer.merchantId()).stream()
                .filter(s -> viewer.storeIds().isEmpty() || viewer.storeIds().contains(s.getId()))
                .map(s -> new StoreOption(s.getId(), s.getCode(), s.getName()))
                .toList();
    }

    /**
     * The caller's scope joined with the user's filters. Empty when they cannot match anything
     * (a store outside the caller's stores), so no query runs at all.
     */
    private Optional<OrderFilter> filter(Viewer viewer, OrderSearch s, Instant now) {
        Long merchantId = viewer.merchantScope().orElse(null);
        Set<Long> storeIds = merchantId == null ? Set.of() : viewer.storeIds();
        if (s.storeId() != null) {
            if (!storeIds.isEmpty() && !storeIds.contains(s.storeId())) {
                return Optional.empty();
            }
            storeIds = Set.of(s.storeId());
        }
        OrderStatus status = s.status() == null || s.status().isBlank() ? null : OrderStatus.valueOf(s.status());
        OrderSource source = null;
        boolean unknownToMerchant = false;
        Instant to = s.to();
        switch (s.view()) {
            case UNPAID_OVERDUE -> {
                if (status != null && status != OrderStatus.UNPAID) {
                    return Optional.empty();
                }
                status = OrderStatus.UNPAID;
                Instant overdue = now.minus(UNPAID_ALERT_AGE);
                to = to == null || to.isAfter(overdue) ? overdue : to;
            }
            case PAID_WITHOUT_ORDER -> {
                source = OrderSource.PAYMENT;
                unknownToMerchant = true;
            }
            case NONE -> {
            }
        }
        return Optional.of(new OrderFilter(merchantId, storeIds, s.orderNumber(), status, source, unknownToMerchant,
                s.from(), to, s.minAmountMinor(), s.maxAmountMinor()));
    }

    /** Orders sent without a store belong to the merchant as a whole: not to a store-confined user. */
    private static boolean visible(Viewer viewer, MerchantOrder order) {
        Optional<Long> store = order.getStoreId();
        if (viewer.merchantScope().isEmpty()) {
            return true;
        }
        if (order.getMerchantId() != viewer.merchantId()) {
            return false;
        }
        return viewer.storeIds().isEmpty() || store.filter(viewer.storeIds()::contains).isPresent();
    }

    private List<OrderRow> rows(List<MerchantOrder> page, Instant now) {
        Set<Long> storeIds = new HashSet<>();
        page.forEach(o -> o.getStoreId().ifPresent(storeIds::add));
        Map<Long, Store> byId = stores.findByIds(storeIds).stream()
                .collect(Collectors.toMap(Store::getId, Function.identity()));
        return page.stream().map(o -> row(o, byId, now)).toList();
    }

    private static OrderRow row(MerchantOrder o, Map<Long, Store> storesById, Instant now) {
        Store store = o.getStoreId().map(storesById::get).orElse(null);
        return new OrderRow(o.getId(), o.getOrderNumber().value(), o.getMerchantId(), o.getStoreId().orElse(null),
                store == null ? null : store.getCode(), store == null ? null : store.getName(),
                o.getAmount().minorUnits(), o.getAmount().currency(), o.getStatus().name(), o.getSource().name(),
                o.getCreatedAt(), highlight(o, now));
    }

    static Highlight highlight(MerchantOrder o, Instant now) {
        if (o.getSource() == OrderSource.PAYMENT && o.isUnknownToMerchant()) {
            return Highlight.PAID_WITHOUT_ORDER;
        }
        if (o.getStatus() == OrderStatus.UNPAID && o.getCreatedAt().isBefore(now.minus(UNPAID_ALERT_AGE))) {
            return Highlight.UNPAID_OVERDUE;
        }
        return Highlight.NONE;
    }

    private OrderDetail detail(MerchantOrder order) {
        List<CardTransaction> found = orders.paymentsOf(order, MAX_PAYMENTS + 1);
        List<PaymentView> payments = found.stream().limit(MAX_PAYMENTS).map(OrderServiceBean::payment).toList();
        String merchantName = merchants.findById(order.getMerchantId()).map(Merchant::getName).orElse(null);
        return new OrderDetail(rows(List.of(order), clock.instant()).get(0), merchantName,
                order.getMerchantSentAt().orElse(null), order.getUpdatedAt(), payments, found.size() > MAX_PAYMENTS);
    }

    private static PaymentView payment(CardTransaction t) {
        return new PaymentView(t.getId(), t.getTid().value(), t.getBatchNumber().value(), t.getStan().value(),
                t.getRrn().map(Object::toString).orElse(null), t.getAuthCode().map(Object::toString).orElse(null),
                t.getType().name(), t.getStatus().name(), t.getAmount().minorUnits(), t.getAmount().currency(),
                t.getCard().map(c -> c.bin()).orElse(null), t.getCard().map(c -> c.lastFour()).orElse(null),
                t.getCardBrand().orElse(null), t.getOrigin().name(), t.getResponseCode(), t.getTerminalTime(),
                t.getReceivedAt());
    }
}

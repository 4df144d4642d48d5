package org.posdesk.interfaces.web.orders;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.order.Amounts;
import org.posdesk.application.order.Highlight;
import org.posdesk.application.order.OrderPage;
import org.posdesk.application.order.OrderRow;
import org.posdesk.application.order.OrderSearch;
import org.posdesk.application.order.OrderService;
import org.posdesk.application.order.StoreOption;

/**
 * The orders table: filters, the highlight tabs, keyset pages (older / newer, never an offset)
 * and a bounded count. The filters as last searched are kept apart from the fields being edited,
 * so paging and export always follow the table the user sees.
 */
@Named
@ViewScoped
public class OrderList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    private static final String CURRENCY = "CNY";

    @EJB
    private OrderService orderService;

    private Highlight view = Highlight.NONE;
    private String orderNumber;
    private Long storeId;
    private String status;
    private LocalDate fromDate;
    private LocalDate toDate;
    private BigDecimal minAmount;
    private BigDecimal maxAmount;

    private OrderSearch searched = OrderSearch.everything();
    private List<StoreOption> stores;
    private OrderPage page;
    /** Where each earlier page began, for "newer"; the first page begins at null. */
    private final Deque<OrderPage.Cursor> earlierStarts = new ArrayDeque<>();
    private OrderPage.Cursor currentStart;
    private long count;

    @PostConstruct
    void load() {
        stores = orderService.stores();
        search();
    }

    public void search() {
        searched = new OrderSearch(view, orderNumber, storeId, status, PortalTime.startOf(fromDate),
                PortalTime.endOf(toDate), Amounts.minor(minAmount, CURRENCY), Amounts.minor(maxAmount, CURRENCY));
        earlierStarts.clear();
        currentStart = null;
        page = orderService.search(searched, null, PAGE_SIZE);
        count = orderService.count(searched);
    }

    public void reset() {
        orderNumber = null;
        storeId = null;
        status = null;
        fromDate = null;
        toDate = null;
        minAmount = null;
        maxAmount = null;
        search();
    }

    public void older() {
        if (page.hasMore()) {
            earlierStarts.push(currentStart == null ? FIRST : currentStart);
            currentStart = page.next();
            page = orderService.search(searched, currentStart, PAGE_SIZE);
        }
    }

    public void newer() {
        if (!earlierStarts.isEmpty()) {
            OrderPage.Cursor start = earlierStarts.pop();
            currentStart = FIRST.equals(start) ? null : start;
            page = orderService.search(searched, currentStart, PAGE_SIZE);
        }
    }

    /** Stands for "the first page" in the deque, which takes no nulls. */
    private static final OrderPage.Cursor FIRST = new OrderPage.Cursor(Instant.MAX, Long.MAX_VALUE);

    public boolean isHasOlder() {
        return page.hasMore();
    }

    public boolean isHasNewer() {
        return !earlierStarts.isEmpty();
    }

    public int getPageNumber() {
        return earlierStarts.size() + 1;
    }

    public List<OrderRow> getRows() {
        return page.rows();
    }

    public long getCount() {
        return count;
    }

    public boolean isCountCapped() {
        return count >= OrderService.COUNT_CAP;
    }

    public long getUnpaidAlertMinutes() {
        return OrderService.UNPAID_ALERT_AGE.toMinutes();
    }

    public boolean isFiltered() {
        return !searched.equals(OrderSearch.everything().withView(searched.view()));
    }

    OrderSearch searched() {
        return searched;
    }

    public String time(Instant at) {
        return PortalTime.format(at);
    }

    public List<StoreOption> getStores() {
        return stores;
    }

    public Highlight[] getViews() {
        return Highlight.values();
    }

    public String[] getStatuses() {
        return new String[] {"UNPAID", "PAID", "PARTIALLY_REFUNDED", "REFUNDED", "CANCELLED"};
    }

    public Highlight getView() {
        return view;
    }

    /** A tab: switching it searches at once with the filters already entered. */
    public void setView(Highlight view) {
        this.view = view == null ? Highlight.NONE : view;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public BigDecimal getMinAmount() {
        return minAmount;
    }

    public void setMinAmount(BigDecimal minAmount) {
        this.minAmount = minAmount;
    }

    public BigDecimal getMaxAmount() {
        return maxAmount;
    }

    public void setMaxAmount(BigDecimal maxAmount) {
        this.maxAmount = maxAmount;
    }
}

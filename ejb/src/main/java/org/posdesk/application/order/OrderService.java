package org.posdesk.application.order;

import jakarta.ejb.Local;
import java.time.Duration;
import java.util.List;

/** Finding orders and reading one with its payments, scoped to what the caller may see. */
@Local
public interface OrderService {

    /** An order still unpaid this long after it was taken is highlighted. */
    Duration UNPAID_ALERT_AGE = Duration.ofMinutes(30);

    /** Counts stop here: the page shows "1000+" rather than scanning further. */
    int COUNT_CAP = 1000;

    int MAX_PAGE_SIZE = 1000;

    /** One page, newest first; {@code after} is the last row of the page before (null: the first). */
    OrderPage search(OrderSearch search, OrderPage.Cursor after, int pageSize);

    /** How many orders match, at most {@link #COUNT_CAP}. */
    long count(OrderSearch search);

    OrderDetail order(long id);

    /** The caller's own order by its merchant order number (merchant users only). */
    OrderDetail orderByNumber(String orderNumber);

    /** The stores the caller may filter by and import into; empty for staff, who see every merchant. */
    List<StoreOption> stores();
}

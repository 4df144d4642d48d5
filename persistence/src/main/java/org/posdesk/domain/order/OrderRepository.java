package org.posdesk.domain.order;

import java.util.Optional;
import org.posdesk.domain.shared.OrderNumber;

/** Orders by id and by their number within a merchant. */
public interface OrderRepository {

    void add(MerchantOrder order);

    Optional<MerchantOrder> findById(long id);

    Optional<MerchantOrder> findByMerchantAndNumber(long merchantId, OrderNumber orderNumber);
}

package org.posdesk.domain.order;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.posdesk.domain.shared.IllegalTransitionException;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.VersionedEntity;

/** A merchant's business order, equal by merchant and order number. */
@Entity
@Table(name = "merchant_order")
@NamedQuery(name = "MerchantOrder.findByMerchantAndNumber",
        query = "select o from MerchantOrder o where o.merchantId = :merchantId and o.orderNumber = :orderNumber")
@NamedQuery(name = "MerchantOrder.findByMerchantAndNumbers",
        query = "select o from MerchantOrder o where o.merchantId = :merchantId and o.orderNumber in :orderNumbers")
// The journal entries that named the order; ix_card_transaction_merchant_order serves it.
@NamedQuery(name = "MerchantOrder.payments",
        query = "select t from CardTransaction t where t.merchantId = :merchantId and t.orderNumber = :orderNumber"
                + " order by t.terminalTime desc, t.id desc")
public class MerchantOrder extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchant_order_seq")
    @SequenceGenerator(name = "merchant_order_seq", sequenceName = "merchant_order_seq", allocationSize = 50)
    private Long id;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private Long merchantId;

    @Column(name = "store_id")
    private Long storeId;

    @Convert(converter = OrderNumber.JpaConverter.class)
    @Column(name = "order_number", nullable = false, updatable = false, length = 32)
    private OrderNumber orderNumber;

    @Embedded
    private Money amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 24)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 16)
    private OrderSource source;

    /** When the merchant sent it; null for an order a payment created and the merchant never sent. */
    @Column(name = "merchant_sent_at")
    private Instant merchantSentAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MerchantOrder() {
    }

    private MerchantOrder(long merchantId, Long storeId, OrderNumber orderNumber, Money amount,
                          OrderStatus status, OrderSource source, Instant at) {
        this.merchantId = merchantId;
        this.storeId = storeId;
        this.orderNumber = Objects.requireNonNull(orderNumber, "order number");
        this.amount = Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("an order amount cannot be negative");
        }
        this.status = status;
        this.source = Objects.requireNonNull(source, "source");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    /** An order the merchant sent (ERP push or CSV import); it waits for its payment. */
    public static MerchantOrder received(long merchantId, Long storeId, OrderNumber number, Money amount,
                                         OrderSource source, Instant at) {
        if (source == OrderSource.PAYMENT) {
            throw new IllegalArgumentException("use createdByPayment for orders a payment created");
        }
        return received(merchantId, storeId, number, amount, source, at, at);
    }

    /**
     * An order the merchant sent at {@code sentAt} that their cashier or ERP took at
     * {@code orderedAt}: the order's time is the merchant's, not the moment of the import.
     */
    public static MerchantOrder received(long merchantId, Long storeId, OrderNumber number, Money amount,
                                         OrderSource source, Instant orderedAt, Instant sentAt) {
        if (source == OrderSource.PAYMENT) {
            throw new IllegalArgumentException("use createdByPayment for orders a payment created");
        }
        MerchantOrder order = new MerchantOrder(merchantId, storeId, number, amount, OrderStatus.UNPAID, source,
                orderedAt);
        order.merchantSentAt = Objects.requireNonNull(sentAt, "sentAt");
        return order;
    }

    /** A payment named an order the merchant has not sent yet. */
    public static MerchantOrder createdByPayment(long merchantId, long storeId, OrderNumber number,
                                                 Money paid, Instant at) {
        return new MerchantOrder(merchantId, storeId, number, paid, OrderStatus.PAID, OrderSource.PAYMENT, at);
    }

    /**
     * The merchant sent an order that a payment had already created: it stops being a payment
     * that named an unknown order. Its amount must be the one the payment paid.
     */
    public void sentByMerchant(Money sentAmount, Instant at) {
        if (source != OrderSource.PAYMENT) {
            throw new IllegalStateException("order " + orderNumber + " came from the merchant already");
        }
        if (!amount.equals(sentAmount)) {
            throw new IllegalArgumentException("order " + orderNumber + " was paid " + amount + ", not " + sentAmount);
        }
        if (merchantSentAt == null) {
            merchantSentAt = Objects.requireNonNull(at, "at");
            updatedAt = at;
        }
    }

    /** A payment named this order before, or without, the merchant sending it (订单不存在). */
    public boolean isUnknownToMerchant() {
        return merchantSentAt == null;
    }

    public void markPaid(Instant at) {
        if (status == OrderStatus.PAID) {
            return;
        }
        move(OrderStatus.UNPAID, OrderStatus.PAID, at);
    }

    /** @param refundedSoFar every refund of this order, this one included */
    public void recordRefunds(Money refundedSoFar, Instant at) {
        if (status != OrderStatus.PAID && status != OrderStatus.PARTIALLY_REFUNDED) {
            throw new IllegalTransitionException("order " + orderNumber, status, OrderStatus.REFUNDED);
        }
        if (refundedSoFar.isGreaterThan(amount)) {
            throw new IllegalArgumentException("refunds exceed the order amount");
        }
        status = refundedSoFar.equals(amount) ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
        updatedAt = at;
    }

    public void cancel(Instant at) {
        move(OrderStatus.UNPAID, OrderStatus.CANCELLED, at);
    }

    private void move(OrderStatus required, OrderStatus next, Instant at) {
        if (status != required) {
            throw new IllegalTransitionException("order " + orderNumber, status, next);
        }
        status = next;
        updatedAt = Objects.requireNonNull(at, "at");
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getMerchantId() {
        return merchantId;
    }

    public Optional<Long> getStoreId() {
        return Optional.ofNullable(storeId);
    }

    public OrderNumber getOrderNumber() {
        return orderNumber;
    }

    public Money getAmount() {
        return amount;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public OrderSource getSource() {
        return source;
    }

    public Optional<Instant> getMerchantSentAt() {
        return Optional.ofNullable(merchantSentAt);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MerchantOrder other && merchantId.equals(other.merchantId)
                && orderNumber.equals(other.orderNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(merchantId, orderNumber);
    }
}

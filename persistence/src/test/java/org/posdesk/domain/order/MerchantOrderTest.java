package org.posdesk.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;

class MerchantOrderTest {

    private static final Instant ORDERED = Instant.parse("2026-01-31T06:05:00Z");
    private static final Instant NOW = Instant.parse("2026-02-01T06:00:00Z");

    @Test
    void anOrderTheMerchantSentKeepsItsOrderTimeAndWhenItWasSent() {
        MerchantOrder order = MerchantOrder.received(1, 11L, OrderNumber.of("A-1"), Money.of(100, "CNY"),
                OrderSource.CSV, ORDERED, NOW);

        assertThat(order.getCreatedAt()).isEqualTo(ORDERED);
        assertThat(order.getMerchantSentAt()).contains(NOW);
        assertThat(order.isUnknownToMerchant()).isFalse();
        assertThat(order.getStatus()).isEqualTo(OrderStatus.UNPAID);
    }

    @Test
    void anOrderAPaymentCreatedIsUnknownUntilTheMerchantSendsThePaidAmount() {
        MerchantOrder order = MerchantOrder.createdByPayment(1, 11L, OrderNumber.of("P-1"), Money.of(500, "CNY"), ORDERED);
        assertThat(order.isUnknownToMerchant()).isTrue();

        assertThatThrownBy(() -> order.sentByMerchant(Money.of(501, "CNY"), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.isUnknownToMerchant()).isTrue();

        order.sentByMerchant(Money.of(500, "CNY"), NOW);
        order.sentByMerchant(Money.of(500, "CNY"), NOW.plusSeconds(60));
        assertThat(order.getMerchantSentAt()).contains(NOW);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void onlyAPaymentsOrderCanBeSentLate() {
        MerchantOrder order = MerchantOrder.received(1, null, OrderNumber.of("A-1"), Money.of(100, "CNY"),
                OrderSource.ERP, NOW);

        assertThatThrownBy(() -> order.sentByMerchant(Money.of(100, "CNY"), NOW))
                .isInstanceOf(IllegalStateException.class);
    }
}

package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.OrderNumber;

class OrderReferenceTest {

    @Test
    void ordFollowedByAnOrderNumberNamesIt() {
        assertThat(OrderReference.parse(Optional.of("ORDA-2026_0001")))
                .isEqualTo(new OrderReference.Named(OrderNumber.of("A-2026_0001")));
    }

    @Test
    void anythingWithoutThePrefixIsAnOperatorNumber() {
        assertThat(OrderReference.parse(Optional.of("001"))).isInstanceOf(OrderReference.None.class);
        assertThat(OrderReference.parse(Optional.empty())).isInstanceOf(OrderReference.None.class);
    }

    @Test
    void theOrderNumberRulesApply() {
        assertThat(OrderReference.parse(Optional.of("ORD"))).isInstanceOf(OrderReference.Malformed.class);
        assertThat(OrderReference.parse(Optional.of("ORDA B"))).isInstanceOf(OrderReference.Malformed.class);
        assertThat(OrderReference.parse(Optional.of("ORD" + "x".repeat(33))))
                .isInstanceOf(OrderReference.Malformed.class);
        assertThat(OrderReference.parse(Optional.of("ORD" + "x".repeat(32))))
                .isInstanceOf(OrderReference.Named.class);
    }
}

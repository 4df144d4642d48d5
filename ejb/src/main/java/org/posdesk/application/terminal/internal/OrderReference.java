package org.posdesk.application.terminal.internal;

import java.util.Optional;
import org.posdesk.domain.shared.OrderNumber;

/**
 * Field 63 of an advice: {@code ORD} + the merchant's order number links the payment to an order;
 * any other content is an operator number and links nothing.
 */
sealed interface OrderReference {

    String PREFIX = "ORD";

    /** No order named. */
    record None() implements OrderReference {
    }

    record Named(OrderNumber number) implements OrderReference {
    }

    /** {@code ORD} followed by something that cannot be an order number: kept out, flagged for a person. */
    record Malformed() implements OrderReference {
    }

    static OrderReference parse(Optional<String> field63) {
        if (field63.isEmpty() || !field63.get().startsWith(PREFIX)) {
            return new None();
        }
        try {
            return new Named(OrderNumber.of(field63.get().substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return new Malformed();
        }
    }
}

package org.posdesk.domain.casework;

import java.time.LocalDateTime;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.OrderNumber;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;

/**
 * What the reporter knows about the missing payment, every part optional: a customer may
 * remember only the amount and the last four digits of the card.
 */
public record Claim(Long storeId, Long terminalId, OrderNumber orderNumber, Money amount,
                    LocalDateTime time, String cardLastFour, Stan stan, Rrn rrn) {

    public Claim {
        if (cardLastFour != null && !cardLastFour.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("card last four must be 4 digits");
        }
    }
}

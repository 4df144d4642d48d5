package org.posdesk.application.terminal.internal;

import java.util.Optional;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionType;

/** What 60.1 (and, in a batch upload, the processing code) says an entry is and how it arrived. */
record TransactionKind(TransactionType type, Origin origin) {

    /** An advice's 60.1: 22 sale, 23 void, 25 refund, 30 offline sale; anything else is not in the profile. */
    static Optional<TransactionKind> ofAdvice(String messageType) {
        return Optional.ofNullable(switch (messageType) {
            case "22" -> new TransactionKind(TransactionType.SALE, Origin.ONLINE);
            case "23" -> new TransactionKind(TransactionType.VOID, Origin.ONLINE);
            case "25" -> new TransactionKind(TransactionType.REFUND, Origin.ONLINE);
            case "30" -> new TransactionKind(TransactionType.SALE, Origin.OFFLINE);
            default -> null;
        });
    }

    /**
     * A single batch-upload record names its type by 60.1 like an advice; where 60.1 is {@code 00}
     * the processing code decides between sale ({@code 000000}) and refund ({@code 200000}).
     */
    static Optional<TransactionKind> ofUpload(String messageType, String processingCode) {
        Optional<TransactionType> type = ofAdvice(messageType).map(TransactionKind::type);
        if (type.isEmpty()) {
            type = switch (processingCode) {
                case "000000" -> Optional.of(TransactionType.SALE);
                case "200000" -> Optional.of(TransactionType.REFUND);
                default -> Optional.empty();
            };
        }
        return type.map(t -> new TransactionKind(t, Origin.BATCH_UPLOAD));
    }
}

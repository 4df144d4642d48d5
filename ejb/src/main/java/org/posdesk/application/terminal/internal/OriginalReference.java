package org.posdesk.application.terminal.internal;

import java.util.Optional;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;

/** Field 61 of a void, refund or reversal: original batch (6) + original STAN (6) [+ original date]. */
record OriginalReference(BatchNumber batch, Stan stan) {

    static Optional<OriginalReference> parse(String digits) {
        if (digits == null || digits.length() < 12 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int batch = Integer.parseInt(digits.substring(0, 6));
        if (batch == 0) {
            return Optional.empty();
        }
        return Optional.of(new OriginalReference(BatchNumber.of(batch), Stan.of(digits.substring(6, 12))));
    }
}

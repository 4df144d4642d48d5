package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;

class RecordFingerprintTest {

    /** What posdesk stored from {@link Messages#sale()}, the year resolved to 2025. */
    private static CardTransaction stored() {
        return CardTransaction.builder()
                .terminal(1, 2, 3, Tid.of(Messages.TID))
                .key(BatchNumber.of(7), Stan.of(42))
                .acquirerReferences(Rrn.of("123456789012"), AuthCode.of("AB1234"))
                .type(TransactionType.SALE, "000000")
                .amount(Money.of(12_345, "CNY"))
                .card(new MaskedPan("622202", "0123"), null, "071")
                .times(LocalDateTime.of(2025, 12, 31, 23, 59, 0), Instant.parse("2025-12-31T16:00:30Z"))
                .responseCode("00").origin(Origin.ONLINE).build();
    }

    @Test
    void anExactRepeatIsTheSameRecord() {
        assertThat(RecordFingerprint.of(stored()).sameRecordAs(RecordFingerprint.of(Messages.sale()))).isTrue();
    }

    @Test
    void fieldsOutsideTheComparisonDoNotMakeAConflict() {
        // entry mode and the acquirer's 39 are not part of what identifies the record
        assertThat(RecordFingerprint.of(stored())
                .sameRecordAs(RecordFingerprint.of(Messages.sale().with(22, "051").with(39, "05")))).isTrue();
    }

    @Test
    void anyComparedFieldThatDiffersIsAConflict() {
        RecordFingerprint stored = RecordFingerprint.of(stored());
        assertThat(stored.sameRecordAs(RecordFingerprint.of(Messages.sale().with(4, "000000012346")))).isFalse();
        assertThat(stored.sameRecordAs(RecordFingerprint.of(Messages.sale().with(3, "200000")))).isFalse();
        assertThat(stored.sameRecordAs(RecordFingerprint.of(
                Messages.sale().withCard(new MaskedCard("622202", "9999", 19))))).isFalse();
        assertThat(stored.sameRecordAs(RecordFingerprint.of(Messages.sale().with(12, "235901")))).isFalse();
        assertThat(stored.sameRecordAs(RecordFingerprint.of(Messages.sale().with(37, "123456789013")))).isFalse();
        assertThat(stored.sameRecordAs(RecordFingerprint.of(Messages.sale().with(38, "AB1235")))).isFalse();
    }

    @Test
    void aBlankReferenceFieldMeansAbsent() {
        RecordFingerprint blank = RecordFingerprint.of(Messages.sale().with(37, " ".repeat(12)));
        assertThat(blank.rrn()).isNull();
        assertThat(RecordFingerprint.of(stored()).sameRecordAs(blank)).isFalse();
    }
}

package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.Stan;

class TransactionKindTest {

    @Test
    void anAdvicesTypeAndOriginComeFrom60Point1() {
        assertThat(TransactionKind.ofAdvice("22")).contains(new TransactionKind(TransactionType.SALE, Origin.ONLINE));
        assertThat(TransactionKind.ofAdvice("23")).contains(new TransactionKind(TransactionType.VOID, Origin.ONLINE));
        assertThat(TransactionKind.ofAdvice("25")).contains(new TransactionKind(TransactionType.REFUND, Origin.ONLINE));
        assertThat(TransactionKind.ofAdvice("30")).contains(new TransactionKind(TransactionType.SALE, Origin.OFFLINE));
        assertThat(TransactionKind.ofAdvice("32")).isEmpty();
    }

    @Test
    void anUploadRecordFallsBackOnTheProcessingCode() {
        assertThat(TransactionKind.ofUpload("00", "200000"))
                .contains(new TransactionKind(TransactionType.REFUND, Origin.BATCH_UPLOAD));
        assertThat(TransactionKind.ofUpload("23", "200000"))
                .contains(new TransactionKind(TransactionType.VOID, Origin.BATCH_UPLOAD));
        assertThat(TransactionKind.ofUpload("00", "310000")).isEmpty();
    }

    @Test
    void field61NamesTheOriginalBatchAndStan() {
        assertThat(OriginalReference.parse("0000070000411231"))
                .contains(new OriginalReference(BatchNumber.of(7), Stan.of(41)));
        assertThat(OriginalReference.parse("000000000041")).isEmpty();
    }
}

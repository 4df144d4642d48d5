package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.posdesk.connector.codec.IsoMessage;
import org.posdesk.connector.codec.UploadEntry;

class FormatCheckTest {

    @Test
    void aCompleteAdviceHasNoProblem() {
        assertThat(FormatCheck.problem(Messages.sale())).isEmpty();
    }

    @Test
    void anOnlineSaleNeedsRrnAndAuthCodeAnOfflineOneDoesNot() {
        IsoMessage withoutReferences = Messages.sale().without(37).without(38);
        assertThat(FormatCheck.problem(withoutReferences)).contains("missing fields [37, 38]");
        assertThat(FormatCheck.problem(withoutReferences.with(60, "30000007000"))).isEmpty();
    }

    @Test
    void voidsAndRefundsNeedTheirOriginal() {
        IsoMessage voidAdvice = Messages.sale().with(3, "200000").with(60, "23000007000");
        assertThat(FormatCheck.problem(voidAdvice)).contains("missing fields [61]");
        assertThat(FormatCheck.problem(voidAdvice.with(61, "000007000041"))).isEmpty();
        assertThat(FormatCheck.problem(voidAdvice.with(61, "00000700004"))).isPresent();
    }

    @Test
    void impossibleDatesAndTimesAreFormatErrors() {
        assertThat(FormatCheck.problem(Messages.sale().with(13, "1332"))).isPresent();
        assertThat(FormatCheck.problem(Messages.sale().with(12, "246000"))).isPresent();
        assertThat(FormatCheck.problem(Messages.sale().with(13, "0229"))).isEmpty();
    }

    @Test
    void settlementTotalsMustBeSixtyTwoDigits() {
        IsoMessage settlement = IsoMessage.of("0500").with(11, "000050").with(41, Messages.TID)
                .with(42, Messages.MID).with(60, "00000007201");
        assertThat(FormatCheck.problem(settlement)).contains("missing fields [48]");
        assertThat(FormatCheck.problem(settlement.with(48, "0".repeat(62)))).isEmpty();
        assertThat(FormatCheck.problem(settlement.with(48, "0".repeat(61)))).isPresent();
    }

    @Test
    void aPackedUploadNeedsNeitherCardNorAmountNorTimes() {
        assertThat(FormatCheck.problem(Messages.packedUpload(Messages.saleEntry(), Messages.newForeignEntry())))
                .isEmpty();
    }

    @Test
    void aPackedUploadCarriesNeitherField2Nor4() {
        IsoMessage packed = Messages.packedUpload(Messages.saleEntry());
        assertThat(FormatCheck.problem(packed.with(4, "000000012345"))).isPresent();
        assertThat(FormatCheck.problem(packed.withCard(Messages.saleEntry().card()))).isPresent();
    }

    @Test
    void aBatchUploadRecordWithDigitsInField48IsAFormatError() {
        IsoMessage digits = Messages.packedUpload(Messages.saleEntry()).with(48, "01");
        assertThat(FormatCheck.problem(digits)).contains("field 48 of a batch-upload record must hold packed entries");
    }

    @Test
    void aPackedEntryWhoseSchemeContradictsItsBinIsAFormatError() {
        UploadEntry sale = Messages.saleEntry();
        UploadEntry foreign62 = new UploadEntry(true, sale.stan(), sale.card(), sale.amount());
        UploadEntry fresh = Messages.newForeignEntry();
        UploadEntry domestic47 = new UploadEntry(false, fresh.stan(), fresh.card(), fresh.amount());

        assertThat(FormatCheck.problem(Messages.packedUpload(fresh, foreign62)))
                .contains("packed entry 2 has scheme 01 but BIN 622202");
        assertThat(FormatCheck.problem(Messages.packedUpload(domestic47))).isPresent();
    }

    @Test
    void packedEntriesOutsideABatchUploadRecordAreAFormatError() {
        IsoMessage uploadEnd = Messages.packedUpload(Messages.saleEntry()).with(60, "00000007207");
        assertThat(FormatCheck.problem(uploadEnd)).contains("field 48 of an upload end must be 4 digits");
    }

    @Test
    void anUnknownCurrencyIsAFormatError() {
        assertThat(FormatCheck.problem(Messages.sale().with(49, "001"))).isPresent();
        assertThat(FormatCheck.problem(Messages.sale().without(49))).isEmpty();
    }
}

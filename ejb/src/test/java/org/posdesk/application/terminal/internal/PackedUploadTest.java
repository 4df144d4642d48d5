package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.posdesk.connector.codec.MaskedCard;
import org.posdesk.connector.codec.UploadEntry;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.shared.AuthCode;
import org.posdesk.domain.shared.BatchNumber;
import org.posdesk.domain.shared.MaskedPan;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Rrn;
import org.posdesk.domain.shared.Stan;
import org.posdesk.domain.shared.Tid;

class PackedUploadTest {

    private static final PackedUpload.Owner OWNER = new PackedUpload.Owner(1, 2, 3, Tid.of(Messages.TID));
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** What posdesk stored from the advice {@link Messages#sale()}: STAN 000042 of batch 7. */
    private static CardTransaction storedSale() {
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

    /** The journal as the plan sees it, recording every STAN it was asked for. */
    private static final class Journal implements Function<Stan, Optional<CardTransaction>> {
        private final Map<Stan, CardTransaction> byStan = new HashMap<>();
        private final List<Stan> asked = new ArrayList<>();

        Journal(CardTransaction... stored) {
            for (CardTransaction entry : stored) {
                byStan.put(entry.getStan(), entry);
            }
        }

        @Override
        public Optional<CardTransaction> apply(Stan stan) {
            asked.add(stan);
            return Optional.ofNullable(byStan.get(stan));
        }
    }

    private static UploadEntry saleEntryWith(boolean foreign, MaskedCard card, String amount) {
        return new UploadEntry(foreign, "000042", card, amount);
    }

    @Test
    void anEntryThatRepeatsAStoredRecordOnWhatItCarriesConfirmsIt() {
        CardTransaction stored = storedSale();

        PackedUpload upload = PackedUpload.plan(List.of(Messages.saleEntry()), new Journal(stored));

        assertThat(upload.accepted()).isTrue();
        assertThat(upload.confirmed()).containsExactly(stored);
        assertThat(upload.fresh()).isEmpty();
    }

    @Test
    void whatAnEntryDoesNotCarryIsNotCompared() {
        // the stored advice has an RRN, an auth code, entry mode 071 and a terminal time: none is in an entry
        assertThat(EntryFingerprint.of(storedSale()).sameEntryAs(EntryFingerprint.of(Messages.saleEntry()))).isTrue();
        // the card's length is not kept by the journal, so it cannot tell two lengths apart
        assertThat(EntryFingerprint.of(storedSale()).sameEntryAs(EntryFingerprint.of(
                saleEntryWith(false, new MaskedCard("622202", "0123", 16), "000000012345")))).isTrue();
    }

    @Test
    void anEntryThatDiffersOnSchemeCardOrAmountIsAConflict() {
        EntryFingerprint stored = EntryFingerprint.of(storedSale());
        MaskedCard card = Messages.saleEntry().card();

        assertThat(stored.sameEntryAs(EntryFingerprint.of(saleEntryWith(true, card, "000000012345")))).isFalse();
        assertThat(stored.sameEntryAs(EntryFingerprint.of(
                saleEntryWith(false, new MaskedCard("622202", "0124", 19), "000000012345")))).isFalse();
        assertThat(stored.sameEntryAs(EntryFingerprint.of(
                saleEntryWith(false, new MaskedCard("622203", "0123", 19), "000000012345")))).isFalse();
        assertThat(stored.sameEntryAs(EntryFingerprint.of(saleEntryWith(false, card, "000000012346")))).isFalse();
    }

    @Test
    void oneConflictingEntryRefusesTheWholeMessage() {
        UploadEntry conflicting = saleEntryWith(false, Messages.saleEntry().card(), "000000099999");

        PackedUpload upload = PackedUpload.plan(List.of(Messages.newForeignEntry(), conflicting),
                new Journal(storedSale()));

        assertThat(upload.accepted()).isFalse();
        assertThat(upload.conflicting()).containsExactly(Stan.of(42));
    }

    @Test
    void entriesAreLookedUpByTheirOwnStanNeverByTheMessagesField11() {
        Journal journal = new Journal(storedSale());

        PackedUpload upload = PackedUpload.plan(
                Messages.packedUpload(Messages.saleEntry(), Messages.newForeignEntry()).uploadEntries().orElseThrow(),
                journal);

        assertThat(journal.asked).containsExactly(Stan.of(42), Stan.of(43)).doesNotContain(Stan.of(300));
        assertThat(upload.confirmed()).hasSize(1);
        assertThat(upload.fresh()).containsExactly(Messages.newForeignEntry());
    }

    @Test
    void aStanRepeatedInsideTheMessageIsStoredOnceOrConflicts() {
        UploadEntry fresh = Messages.newForeignEntry();
        UploadEntry other = new UploadEntry(true, fresh.stan(), fresh.card(), "000000000001");

        PackedUpload twice = PackedUpload.plan(List.of(fresh, fresh), new Journal());
        PackedUpload differing = PackedUpload.plan(List.of(fresh, other), new Journal());

        assertThat(twice.accepted()).isTrue();
        assertThat(twice.fresh()).containsExactly(fresh);
        assertThat(differing.accepted()).isFalse();
        assertThat(differing.conflicting()).containsExactly(Stan.of(43));
    }

    @Test
    void aNewEntryBecomesAnApprovedSaleTimedAtItsReceiptInTheMerchantsZone() {
        Instant receivedAt = Instant.parse("2025-03-15T02:30:15.678Z");

        CardTransaction entry = PackedUpload.journalEntry(Messages.newForeignEntry(), OWNER, BatchNumber.of(7), "CNY",
                receivedAt, SHANGHAI);

        assertThat(entry.getTid()).isEqualTo(Tid.of(Messages.TID));
        assertThat(entry.getTerminalId()).isEqualTo(3);
        assertThat(entry.getMerchantId()).isEqualTo(1);
        assertThat(entry.getStoreId()).isEqualTo(2);
        assertThat(entry.getBatchNumber()).isEqualTo(BatchNumber.of(7));
        assertThat(entry.getStan()).isEqualTo(Stan.of(43));
        assertThat(entry.getType()).isEqualTo(TransactionType.SALE);
        assertThat(entry.getProcessingCode()).isEqualTo("000000");
        assertThat(entry.getAmount()).isEqualTo(Money.of(100_000, "CNY"));
        assertThat(entry.getCard()).contains(new MaskedPan("476134", "4321"));
        assertThat(entry.getCardBrand()).isEmpty();
        assertThat(entry.getEntryMode()).isEqualTo("020");
        assertThat(entry.getTerminalTime()).isEqualTo(LocalDateTime.of(2025, 3, 15, 10, 30, 15));
        assertThat(entry.getReceivedAt()).isEqualTo(receivedAt);
        assertThat(entry.getRrn()).isEmpty();
        assertThat(entry.getAuthCode()).isEmpty();
        assertThat(entry.getResponseCode()).isEqualTo("00");
        assertThat(entry.getStatus()).isEqualTo(TransactionStatus.APPROVED);
        assertThat(entry.getOrigin()).isEqualTo(Origin.BATCH_UPLOAD);
        assertThat(entry.isConfirmedByUpload()).isTrue();
        assertThat(entry.isAnomaly()).isFalse();
        assertThat(entry.getOriginalId()).isEmpty();
        assertThat(entry.getOrderNumber()).isEmpty();
    }

    @Test
    void aStoredEntryIsConfirmedByItsOwnRepeat() {
        // the last in-flight 0320 of an interrupted upload arrives twice
        for (UploadEntry entry : List.of(Messages.saleEntry(), Messages.newForeignEntry())) {
            CardTransaction stored = PackedUpload.journalEntry(entry, OWNER, BatchNumber.of(7), "CNY",
                    Instant.parse("2025-03-15T02:30:15Z"), SHANGHAI);

            PackedUpload again = PackedUpload.plan(List.of(entry), new Journal(stored));

            assertThat(again.confirmed()).containsExactly(stored);
            assertThat(again.fresh()).isEmpty();
        }
    }

    @Test
    void domesticMeansABinStartingWith62() {
        assertThat(CardScheme.isDomestic("622202")).isTrue();
        assertThat(CardScheme.isDomestic("476134")).isFalse();
        assertThat(CardScheme.isDomestic(null)).isFalse();
    }
}

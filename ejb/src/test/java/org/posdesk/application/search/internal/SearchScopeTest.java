package org.posdesk.application.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.search.InvalidSearchException;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.domain.user.Role;

class SearchScopeTest {

    private static final LocalDateTime FROM = LocalDateTime.of(2025, 1, 31, 0, 0);

    private final SearchScope merchantUser = new SearchScope(
            new Viewer("m", Role.MERCHANT, 7L, Set.of()), id -> Optional.empty(), tid -> Optional.empty());
    private final SearchScope confinedUser = new SearchScope(
            new Viewer("c", Role.MERCHANT, 7L, Set.of(70L, 71L)), id -> Optional.empty(), tid -> Optional.empty());
    private final SearchScope agent = new SearchScope(
            new Viewer("a", Role.AGENT, null, Set.of()), id -> Optional.empty(), tid -> Optional.empty());

    @Test
    void aWindowOfThirteenMonthsIsAcceptedAndOneMinuteMoreIsNot() {
        assertThat(merchantUser.translate(TransactionFilter.window(FROM, FROM.plusMonths(13)))).isPresent();
        assertThatThrownBy(() -> merchantUser.translate(TransactionFilter.window(FROM, FROM.plusMonths(13).plusMinutes(1))))
                .isInstanceOf(InvalidSearchException.class)
                .hasMessageContaining("13 months")
                .satisfies(e -> assertThat(((InvalidSearchException) e).reason()).isEqualTo("windowTooLong"));
    }

    @Test
    void aWindowNeedsBothEndsInOrder() {
        assertThatThrownBy(() -> merchantUser.translate(TransactionFilter.window(null, FROM)))
                .satisfies(e -> assertThat(((InvalidSearchException) e).reason()).isEqualTo("window"));
        assertThatThrownBy(() -> merchantUser.translate(TransactionFilter.window(FROM, FROM)))
                .satisfies(e -> assertThat(((InvalidSearchException) e).reason()).isEqualTo("windowOrder"));
    }

    @Test
    void theCallersMerchantAndStoresAreAlwaysInTheFilter() {
        JournalFilter merchantWide = merchantUser.translate(TransactionFilter.window(FROM, FROM.plusDays(1))).orElseThrow();
        JournalFilter confined = confinedUser.translate(TransactionFilter.window(FROM, FROM.plusDays(1))).orElseThrow();
        JournalFilter everyone = agent.translate(TransactionFilter.window(FROM, FROM.plusDays(1))).orElseThrow();

        assertThat(merchantWide.merchantId()).isEqualTo(7L);
        assertThat(merchantWide.storeIds()).isEmpty();
        assertThat(confined.merchantId()).isEqualTo(7L);
        assertThat(confined.storeIds()).containsExactlyInAnyOrder(70L, 71L);
        assertThat(everyone.merchantId()).isNull();
    }

    @Test
    void aStoreOrTerminalTheCallerCannotSeeSelectsNothing() {
        TransactionFilter unknownStore = new TransactionFilter(FROM, FROM.plusDays(1), 99L, null, null, null, null,
                null, null, null, null, null, null, null, null);
        TransactionFilter unknownTerminal = new TransactionFilter(FROM, FROM.plusDays(1), null, "ZZ000001", null, null,
                null, null, null, null, null, null, null, null, null);

        assertThat(merchantUser.translate(unknownStore)).isEmpty();
        assertThat(merchantUser.translate(unknownTerminal)).isEmpty();
    }

    @Test
    void valuesAreCheckedAndAStanTypedWithoutZerosIsPadded() {
        TransactionFilter filter = new TransactionFilter(FROM, FROM.plusDays(1), null, null, "SALE", null, 100L, 200L,
                "0123", null, "42", "ab12cd", null, null, true);

        JournalFilter translated = merchantUser.translate(filter).orElseThrow();

        assertThat(translated.stan()).isEqualTo("000042");
        assertThat(translated.authCode()).isEqualTo("AB12CD");
        assertThat(translated.type()).isEqualTo(TransactionType.SALE);
        assertThat(translated.cardLast4()).isEqualTo("0123");
        assertThat(translated.anomaly()).isTrue();
        assertThat(reason(filter.withCardAndAmount("12a4", null))).isEqualTo("last4");
        assertThat(reason(new TransactionFilter(FROM, FROM.plusDays(1), null, null, "NOPE", null, null, null, null,
                null, null, null, null, null, null))).isEqualTo("type");
        assertThat(reason(new TransactionFilter(FROM, FROM.plusDays(1), null, null, null, null, 500L, 100L, null,
                null, null, null, null, null, null))).isEqualTo("amountOrder");
    }

    private String reason(TransactionFilter filter) {
        try {
            merchantUser.translate(filter);
            return null;
        } catch (InvalidSearchException e) {
            return e.reason();
        }
    }
}

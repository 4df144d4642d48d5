package org.posdesk.application.terminal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.domain.shared.Stan;

class UploadTallyTest {

    private static List<Stan> stans(int... values) {
        return java.util.Arrays.stream(values).mapToObj(Stan::of).toList();
    }

    @Test
    void reachingTheCountIsCompleteEvenWithGapsBetweenStans() {
        UploadTally tally = UploadTally.of(3, stans(1, 4, 9));
        assertThat(tally.complete()).isTrue();
        assertThat(tally.surplus()).isFalse();
        assertThat(tally.suspectedMissing()).isEmpty();
    }

    @Test
    void fewerThanTheCountIsIncompleteAndNamesTheGaps() {
        UploadTally tally = UploadTally.of(5, stans(1, 2, 5));
        assertThat(tally.complete()).isFalse();
        assertThat(tally.held()).isEqualTo(3);
        assertThat(tally.suspectedMissing()).containsExactly(Stan.of(3), Stan.of(4));
    }

    @Test
    void repeatedStansCountOnce() {
        assertThat(UploadTally.of(2, stans(7, 7)).complete()).isFalse();
    }

    @Test
    void moreThanTheCountIsASurplus() {
        UploadTally tally = UploadTally.of(1, stans(1, 2));
        assertThat(tally.complete()).isTrue();
        assertThat(tally.surplus()).isTrue();
    }

    @Test
    void nothingHeldNamesNothing() {
        UploadTally tally = UploadTally.of(4, List.of());
        assertThat(tally.complete()).isFalse();
        assertThat(tally.suspectedMissing()).isEmpty();
    }
}

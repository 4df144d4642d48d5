package org.posdesk.infrastructure.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.posdesk.infrastructure.backup.Retention.Candidate;

class RetentionTest {

    // Sunday 2026-11-22; backups at 02:30 every day for five weeks, ids 1 (oldest) .. 35 (today).
    private static final Instant TODAY = Instant.parse("2026-11-22T02:30:00Z");

    private static List<Candidate> nightly(int days) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            all.add(new Candidate(i + 1, TODAY.minusSeconds(86_400L * (days - 1 - i)), true));
        }
        return all;
    }

    @Test
    void keepsTheLastDaysAndTheNewestOfEachOfTheLastWeeks() {
        // Daily 3: today (35), 34, 33. Weekly 3: the newest of this week (35, Sunday), of last
        // week (28, last Sunday) and of the week before (21).
        assertThat(new Retention(3, 3, ZoneOffset.UTC).keep(nightly(35))).containsExactlyInAnyOrder(35L, 34L, 33L, 28L, 21L);
    }

    @Test
    void severalBackupsOnADayKeepOnlyTheNewestOfThatDay() {
        List<Candidate> all = new ArrayList<>(nightly(3));
        all.add(new Candidate(100, TODAY.plusSeconds(3600), true));
        assertThat(new Retention(2, 0, ZoneOffset.UTC).keep(all)).containsExactlyInAnyOrder(100L, 2L);
    }

    @Test
    void failedBackupsNeverTakeAGoodOnesPlaceAndOnlyTheOnesAfterTheNewestGoodOneStay() {
        List<Candidate> all = new ArrayList<>(nightly(3));
        all.add(new Candidate(50, TODAY.minusSeconds(40_000), false));  // failed, older than the newest good
        all.add(new Candidate(51, TODAY.plusSeconds(7200), false));     // failed after the newest good
        all.add(new Candidate(52, TODAY.plusSeconds(9000), false));
        assertThat(new Retention(3, 0, ZoneOffset.UTC).keep(all)).containsExactlyInAnyOrder(1L, 2L, 3L, 51L, 52L);
    }

    @Test
    void nothingVerifiedYetKeepsEveryFile() {
        List<Candidate> failed = List.of(new Candidate(1, TODAY, false), new Candidate(2, TODAY.plusSeconds(1), false));
        assertThat(new Retention(1, 1, ZoneOffset.UTC).keep(failed)).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void atLeastOneDailyBackupIsKept() {
        assertThatThrownBy(() -> new Retention(0, 4, ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    }
}

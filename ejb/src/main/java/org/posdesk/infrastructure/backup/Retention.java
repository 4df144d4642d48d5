package org.posdesk.infrastructure.backup;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which backup files to keep: the newest verified backup of each of the last {@code daily} days that
 * have one, and of each of the last {@code weekly} weeks (Monday to Sunday) that have one. Only
 * verified backups earn a place, so failed runs never push a good backup out. A file newer than the
 * newest verified one is kept too (it may still be verifying, or it is the latest failure, kept
 * for whoever looks into it); older unverified files go.
 */
public record Retention(int daily, int weekly, ZoneId zone) {

    public Retention {
        if (daily < 1 || weekly < 0) {
            throw new IllegalArgumentException("keep at least one daily backup (daily=" + daily + ", weekly=" + weekly + ")");
        }
    }

    /** A backup file as retention sees it. */
    public record Candidate(long id, Instant startedAt, boolean verified) {
    }

    /** The ids of the candidates to keep; the others' files may be deleted. */
    public Set<Long> keep(List<Candidate> candidates) {
        List<Candidate> verified = candidates.stream().filter(Candidate::verified)
                .sorted(Comparator.comparing(Candidate::startedAt).reversed()).toList();
        Set<Long> kept = new HashSet<>();
        kept.addAll(newestPer(verified, daily, false));
        kept.addAll(newestPer(verified, weekly, true));
        Instant newestVerified = verified.isEmpty() ? Instant.MIN : verified.get(0).startedAt();
        candidates.stream().filter(c -> !c.verified() && c.startedAt().isAfter(newestVerified))
                .forEach(c -> kept.add(c.id()));
        return kept;
    }

    private Set<Long> newestPer(List<Candidate> newestFirst, int periods, boolean weeks) {
        Map<LocalDate, Long> firstOfPeriod = new LinkedHashMap<>();
        for (Candidate c : newestFirst) {
            if (firstOfPeriod.size() == periods) {
                break;
            }
            LocalDate day = c.startedAt().atZone(zone).toLocalDate();
            LocalDate period = weeks ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
            firstOfPeriod.putIfAbsent(period, c.id());
        }
        return new HashSet<>(firstOfPeriod.values());
    }
}

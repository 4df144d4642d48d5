package org.posdesk.application.gaps.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.application.gaps.GapRun;
import org.posdesk.application.gaps.OfflineGapDetection;
import org.posdesk.application.alert.AlertRaising;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.job.JobRepository;
import org.posdesk.domain.job.Watermark;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.JournalScan;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.terminal.OfflineGap;
import org.posdesk.domain.terminal.OfflineGapRepository;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.infrastructure.config.Settings;

/**
 * The terminal path already stores a closed gap when a terminal comes back after a silence
 * (Terminal.recordContact). This job adds what only a watchdog can: a gap that is open while the
 * terminal is still silent, its alert, its closing when contact resumes (taking over the terminal
 * path's record of the same silence, so each silence is one row), and the count of offline
 * transactions that arrive, by store-and-forward or batch upload, after the gap has closed.
 */
@Stateless
public class OfflineGapDetectionBean implements OfflineGapDetection {

    static final String SILENCE_MARK = "offline-gaps.silence";
    static final String JOURNAL_MARK = "offline-gaps.journal";
    private static final int BATCH = 500;
    /**
     * Deadlines are re-read this far behind the watermark: a contact whose transaction commits
     * late can leave a deadline slightly older than the last run. Re-reading costs nothing (a gap
     * already stored is not stored again).
     */
    private static final Duration OVERLAP = Duration.ofMinutes(1);
    /** The journal's first run starts this far back rather than reading all of history. */
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    @Inject
    private OfflineGapRepository gaps;
    @Inject
    private JournalScan journal;
    @Inject
    private JobRepository jobs;
    @Inject
    private MerchantRepository merchants;
    @EJB
    private AlertRaising alerts;

    private final Clock clock = Clock.systemUTC();

    @Override
    public GapRun detect() {
        Instant now = clock.instant();
        // Taken first and held to the end: concurrent runs take turns.
        Watermark silence = jobs.lockWatermark(SILENCE_MARK, Instant.EPOCH, now);
        int closed = closeResumed(now);
        int opened = openSilent(silence, now);
        int recounted = recountLateArrivals(now);
        int alerted = alertLongSilences(now);
        return new GapRun(opened, closed, recounted, alerted);
    }

    private int closeResumed(Instant now) {
        List<OfflineGap> open = gaps.openGaps(BATCH);
        Map<Long, Terminal> terminals = gaps.terminals(open.stream().map(OfflineGap::getTerminalId).toList());
        int closed = 0;
        for (OfflineGap gap : open) {
            Terminal terminal = terminals.get(gap.getTerminalId());
            Optional<Instant> last = terminal.getLastContactAt();
            if (last.isEmpty() || !last.get().isAfter(gap.getStartedAt())) {
                continue;
            }
            Optional<OfflineGap> twin = gaps.closedTwin(gap);
            if (twin.isPresent()) {
                gap.absorb(twin.get());
                gaps.remove(twin.get());
            } else {
                Instant back = gaps.firstContactAfter(terminal.getId(), gap.getStartedAt())
                        .filter(contact -> contact.isBefore(last.get())).orElse(last.get());
                gap.close(back);
            }
            recount(gap, zone(terminal.getMerchantId()));
            closed++;
        }
        return closed;
    }

    private int openSilent(Watermark mark, Instant now) {
        List<Terminal> silent = gaps.fellSilent(mark.getPositionTime().minus(OVERLAP), now, BATCH);
        int opened = 0;
        for (Terminal terminal : silent) {
            Instant since = terminal.getLastContactAt().orElseThrow();
            if (!gaps.hasGapStartingAt(terminal.getId(), since)) {
                gaps.add(OfflineGap.open(terminal.getId(), since));
                opened++;
            }
        }
        // A full batch may have left terminals with the same or a later deadline: go on from the last read.
        Instant reached = silent.size() == BATCH ? silent.get(BATCH - 1).getOnlineUntil().orElseThrow() : now;
        mark.advance(reached, 0, now);
        return opened;
    }

    private int recountLateArrivals(Instant now) {
        Watermark mark = jobs.lockWatermark(JOURNAL_MARK, now.minus(FIRST_LOOK_BACK), now);
        Instant settled = now.minus(Settings.duration("journal.settle", Duration.ofSeconds(30)));
        List<CardTransaction> arrived = journal.receivedAfter(mark.getPositionTime(), mark.getPositionId(), settled,
                BATCH);
        if (arrived.isEmpty()) {
            return 0;
        }
        Map<Long, List<Instant>> madeAt = new HashMap<>();
        Map<Long, ZoneId> zoneOfTerminal = new HashMap<>();
        Instant from = Instant.MAX;
        Instant to = Instant.MIN;
        for (CardTransaction entry : arrived) {
            ZoneId zone = zone(entry.getMerchantId());
            Instant at = entry.getTerminalTime().atZone(zone).toInstant();
            madeAt.computeIfAbsent(entry.getTerminalId(), id -> new ArrayList<>()).add(at);
            zoneOfTerminal.put(entry.getTerminalId(), zone);
            from = at.isBefore(from) ? at : from;
            to = at.isAfter(to) ? at : to;
        }
        Map<Long, OfflineGap> touched = new LinkedHashMap<>();
        for (OfflineGap gap : gaps.overlapping(madeAt.keySet(), from, to)) {
            if (!gap.isOpen() && madeAt.get(gap.getTerminalId()).stream().anyMatch(gap::covers)) {
                touched.put(gap.getId(), gap);
            }
        }
        touched.values().forEach(gap -> recount(gap, zoneOfTerminal.get(gap.getTerminalId())));
        CardTransaction last = arrived.get(arrived.size() - 1);
        mark.advance(last.getReceivedAt(), last.getId(), now);
        return touched.size();
    }

    private int alertLongSilences(Instant now) {
        Duration limit = Settings.duration("offline.alert-after", Duration.ofMinutes(30));
        List<OfflineGap> due = gaps.openGaps(BATCH).stream()
                .filter(gap -> !gap.isAlerted() && gap.length(now).compareTo(limit) > 0).toList();
        Map<Long, Terminal> terminals = gaps.terminals(due.stream().map(OfflineGap::getTerminalId).toList());
        for (OfflineGap gap : due) {
            Terminal terminal = terminals.get(gap.getTerminalId());
            String cause = terminal.getTid().value() + "@" + gap.getStartedAt().toEpochMilli();
            String message = "terminal " + terminal.getTid().value() + " offline since " + gap.getStartedAt()
                    + ", longer than " + limit.toMinutes() + " min";
            alerts.raiseOnce(AlertKind.TERMINAL_OFFLINE, cause, message, terminal.getMerchantId(),
                    terminal.getId(), now);
            gap.markAlerted(now);
        }
        return due.size();
    }

    /** Offline transactions are counted in the terminal's local time, the time its clock stamps on them. */
    private void recount(OfflineGap gap, ZoneId zone) {
        LocalDateTime from = LocalDateTime.ofInstant(gap.getStartedAt(), zone);
        LocalDateTime to = LocalDateTime.ofInstant(gap.getEndedAt(), zone);
        gap.recountOfflineTransactions(
                (int) journal.countOffline(gap.getTerminalId(), from, to, gap.getEndedAt()));
    }

    private ZoneId zone(long merchantId) {
        return merchants.findById(merchantId).map(Merchant::getTimeZone).orElse(ZoneId.of("Asia/Shanghai"));
    }
}

package org.posdesk.application.anomaly.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.posdesk.application.anomaly.AnomalyScan;
import org.posdesk.domain.anomaly.AnomalyRepository;
import org.posdesk.domain.anomaly.AnomalyRule;
import org.posdesk.domain.anomaly.AnomalyRules;
import org.posdesk.domain.anomaly.TransactionAnomaly;
import org.posdesk.domain.job.JobRepository;
import org.posdesk.domain.job.Watermark;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.JournalScan;
import org.posdesk.infrastructure.config.Settings;

/**
 * Reads the journal in arrival order after its watermark, a batch per run, and records a reason
 * for each rule an entry breaks. Entries are read only once they are {@code journal.settle} old,
 * so a terminal delivery still committing is not stepped over.
 */
@Stateless
public class AnomalyScanBean implements AnomalyScan {

    static final String MARK = "anomalies";
    private static final int BATCH = 1000;
    private static final int MAX_CARD_CANDIDATES = 20_000;
    private static final Duration FIRST_LOOK_BACK = Duration.ofDays(1);

    @Inject
    private JournalScan journal;
    @Inject
    private AnomalyRepository anomalies;
    @Inject
    private JobRepository jobs;

    private final Clock clock = Clock.systemUTC();

    @Override
    public ScanRun scan() {
        Instant now = clock.instant();
        Watermark mark = jobs.lockWatermark(MARK, now.minus(FIRST_LOOK_BACK), now);
        Instant settled = now.minus(Settings.duration("journal.settle", Duration.ofSeconds(30)));
        List<CardTransaction> arrived = journal.receivedAfter(mark.getPositionTime(), mark.getPositionId(), settled,
                BATCH);
        if (arrived.isEmpty()) {
            return new ScanRun(0, 0);
        }
        List<CardTransaction> debits = arrived.stream().filter(AnomalyScanBean::isDebit).toList();
        Map<Long, AnomalyRules> rules = anomalies.findRules(
                debits.stream().map(CardTransaction::getMerchantId).collect(Collectors.toSet()));
        Flags flags = new Flags(debits, now);
        for (CardTransaction entry : debits) {
            AnomalyRules merchantRules = rules.computeIfAbsent(entry.getMerchantId(), AnomalyRules::defaults);
            checkAmount(entry, merchantRules, flags);
            if (merchantRules.isNight(entry.getTerminalTime().toLocalTime())) {
                flags.add(entry, AnomalyRule.NIGHT_TIME, "made at " + entry.getTerminalTime().toLocalTime()
                        + ", inside the night window " + merchantRules.getNightStart() + "-" + merchantRules.getNightEnd());
            }
        }
        checkRepeatedCards(debits, rules, flags);
        CardTransaction last = arrived.get(arrived.size() - 1);
        mark.advance(last.getReceivedAt(), last.getId(), now);
        return new ScanRun(arrived.size(), flags.added);
    }

    private static void checkAmount(CardTransaction entry, AnomalyRules rules, Flags flags) {
        long amount = entry.getAmount().minorUnits();
        if (rules.isAmountAbove(amount)) {
            flags.add(entry, AnomalyRule.AMOUNT_ABOVE, "amount " + amount + " above the threshold "
                    + rules.getAmountAboveMinor().orElseThrow() + " (minor units)");
        }
    }

    /**
     * One query for the whole batch: every debit with one of the batch's last fours made within
     * the widest window of the batch's merchants; the same merchant, BIN and window are then
     * checked here. Both entries of a pair are flagged, the earlier one perhaps in a later run.
     */
    private void checkRepeatedCards(List<CardTransaction> debits, Map<Long, AnomalyRules> rules, Flags flags) {
        List<CardTransaction> withCard = debits.stream()
                .filter(e -> e.getCard().isPresent() && rules.get(e.getMerchantId()).repeatWindow().isPresent())
                .toList();
        if (withCard.isEmpty()) {
            return;
        }
        Duration widest = withCard.stream().map(e -> rules.get(e.getMerchantId()).repeatWindow().orElseThrow())
                .max(Duration::compareTo).orElseThrow();
        LocalDateTime from = withCard.stream().map(CardTransaction::getTerminalTime).min(LocalDateTime::compareTo)
                .orElseThrow().minus(widest);
        LocalDateTime to = withCard.stream().map(CardTransaction::getTerminalTime).max(LocalDateTime::compareTo)
                .orElseThrow().plus(widest);
        Set<String> lastFours = withCard.stream().map(e -> e.getCard().orElseThrow().lastFour())
                .collect(Collectors.toSet());
        List<CardTransaction> candidates = journal.byCardsBetween(lastFours, from, to, MAX_CARD_CANDIDATES);
        flags.knowAbout(candidates);
        for (CardTransaction entry : withCard) {
            Duration window = rules.get(entry.getMerchantId()).repeatWindow().orElseThrow();
            for (CardTransaction other : candidates) {
                if (sameCardAtSameMerchant(entry, other) && within(entry, other, window)) {
                    flags.add(entry, AnomalyRule.REPEATED_CARD, "same card as " + describe(other));
                    flags.add(other, AnomalyRule.REPEATED_CARD, "same card as " + describe(entry));
                }
            }
        }
    }

    private static boolean sameCardAtSameMerchant(CardTransaction a, CardTransaction b) {
        return !a.getId().equals(b.getId()) && a.getMerchantId() == b.getMerchantId()
                && a.getCard().equals(b.getCard());
    }

    private static boolean within(CardTransaction a, CardTransaction b, Duration window) {
        return Duration.between(a.getTerminalTime(), b.getTerminalTime()).abs().compareTo(window) <= 0;
    }

    private static String describe(CardTransaction entry) {
        return entry.getTid().value() + "/" + entry.getBatchNumber().formatted() + "/" + entry.getStan().value()
                + " at " + entry.getTerminalTime();
    }

    /** Voids and refunds move money back; the rules are about money taken. */
    private static boolean isDebit(CardTransaction entry) {
        return switch (entry.getType()) {
            case SALE, PRE_AUTH_COMPLETION -> true;
            default -> false;
        };
    }

    /** The reasons already recorded for the entries in play, so a repeated run adds none twice. */
    private final class Flags {

        private final Set<String> recorded = new HashSet<>();
        private final Set<Long> loaded = new HashSet<>();
        private final Instant now;
        private int added;

        Flags(List<CardTransaction> entries, Instant now) {
            this.now = now;
            knowAbout(entries);
        }

        void knowAbout(List<CardTransaction> entries) {
            List<Long> ids = entries.stream().map(CardTransaction::getId).filter(loaded::add).toList();
            anomalies.flagsOf(ids).forEach(f -> recorded.add(key(f.getTransactionId(), f.getRule())));
        }

        void add(CardTransaction entry, AnomalyRule rule, String detail) {
            if (recorded.add(key(entry.getId(), rule))) {
                anomalies.addFlag(new TransactionAnomaly(entry.getId(), entry.getMerchantId(), rule,
                        detail.length() <= 255 ? detail : detail.substring(0, 255), now));
                added++;
            }
            if (!entry.isAnomaly()) {
                entry.flagAnomaly();
            }
        }

        private static String key(long transactionId, AnomalyRule rule) {
            return transactionId + ":" + rule;
        }
    }
}

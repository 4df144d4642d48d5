package org.posdesk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.logging.Logger;
import org.posdesk.domain.casework.CaseRepository;
import org.posdesk.domain.casework.CaseSource;
import org.posdesk.domain.casework.Claim;
import org.posdesk.domain.casework.MissingOrderCase;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.shared.Mid;
import org.posdesk.domain.shared.Money;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

/**
 * A few help-desk cases for the demo, so the queue is not empty before the simulated week has
 * run: a customer's claim as a merchant reports it, one an agent is working with an internal
 * note, and one escalated to the acquirer. The cases the casework job opens by itself (payments
 * naming orders the merchant never sent, reversals without their original) follow from the demo
 * traffic. Loaded once (keyed), only with {@code POSDESK_DEMO=true}.
 */
@Singleton
@Startup
@DependsOn("DemoTenant")
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());
    private static final String FRESH_FRUIT = "898310058120001";
    private static final String TEAHOUSE = "898310058120002";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    private CaseRepository cases;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private TerminalRepository terminals;

    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void load() {
        if (!"true".equalsIgnoreCase(System.getenv("POSDESK_DEMO")) || cases.findByOpeningKey("DEMO:claim").isPresent()) {
            return;
        }
        Optional<Merchant> fresh = merchants.findByMid(new Mid(FRESH_FRUIT));
        Optional<Merchant> tea = merchants.findByMid(new Mid(TEAHOUSE));
        if (fresh.isEmpty() || tea.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDateTime yesterdayNoon = LocalDateTime.now(SHANGHAI).minusDays(1).withHour(12).withMinute(5).withSecond(0)
                .withNano(0);

        MissingOrderCase claim = open(fresh.get(), "10000002", Money.of(4_250, "CNY"), yesterdayNoon, "6011",
                CaseSource.MERCHANT_REPORT, "merchant1", now.minus(Duration.ofHours(3)), "DEMO:claim");
        claim.addNote("merchant1", "顾客称昨天中午在徐汇店付款 42.50 元，订单显示未付。Customer paid 42.50 at Xuhui yesterday noon; "
                + "the order shows unpaid.", false, now.minus(Duration.ofHours(3)));

        MissingOrderCase working = open(fresh.get(), "10000005", Money.of(12_800, "CNY"),
                yesterdayNoon.withHour(18).withMinute(40), "3377", CaseSource.MERCHANT_REPORT, "merchant1",
                now.minus(Duration.ofHours(30)), "DEMO:working");
        working.assignTo("agent1", now.minus(Duration.ofHours(29)));
        working.addNote("agent1", "终端当晚离线，等待批上送。Terminal was offline that evening; waiting for its batch.", true,
                now.minus(Duration.ofHours(28)));

        MissingOrderCase escalated = open(tea.get(), "10000016", Money.of(36_600, "CNY"),
                yesterdayNoon.minusDays(2).withHour(20).withMinute(15), "9021", CaseSource.AGENT_REPORT, "agent1",
                now.minus(Duration.ofDays(3)), "DEMO:escalated");
        escalated.assignTo("agent1", now.minus(Duration.ofDays(3)));
        escalated.escalate("acquirer to confirm the authorisation", "agent1", now.minus(Duration.ofDays(2)));
        LOG.info("Demo cases loaded: 3");
    }

    private MissingOrderCase open(Merchant merchant, String tid, Money amount, LocalDateTime time, String last4,
                                  CaseSource source, String by, Instant at, String key) {
        Optional<Terminal> terminal = terminals.findByTid(new Tid(tid));
        Claim claim = new Claim(terminal.map(Terminal::getStoreId).orElse(null), terminal.map(Terminal::getId).orElse(null),
                null, amount, time, last4, null, null);
        MissingOrderCase c = MissingOrderCase.open(merchant.getId(), claim, null, source, by, at,
                at.plus(cases.slaFor(merchant.getTier())), key);
        cases.add(c);
        return c;
    }
}

package org.posdesk.application.terminals.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.AuditTrail;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.terminal.TerminalCommands;
import org.posdesk.application.terminals.AskResult;
import org.posdesk.application.terminals.BatchRow;
import org.posdesk.application.terminals.CommandRow;
import org.posdesk.application.terminals.ContactRow;
import org.posdesk.application.terminals.GapRow;
import org.posdesk.application.terminals.JournalRow;
import org.posdesk.application.terminals.StoreOption;
import org.posdesk.application.terminals.TerminalDetail;
import org.posdesk.application.terminals.TerminalListFilter;
import org.posdesk.application.terminals.TerminalListPage;
import org.posdesk.application.terminals.TerminalPages;
import org.posdesk.application.terminals.TerminalRow;
import org.posdesk.domain.journal.CardTransaction;
import org.posdesk.domain.journal.JournalScan;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.OfflineGap;
import org.posdesk.domain.terminal.OfflineGapRepository;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalCommand;
import org.posdesk.domain.terminal.TerminalCommandRepository;
import org.posdesk.domain.terminal.TerminalOverview;
import org.posdesk.domain.terminal.TerminalRepository;

@Stateless
public class TerminalPagesBean implements TerminalPages {

    static final String ASK_EVENT = "TERMINAL_COMMAND_362";
    private static final int CONTACTS = 50;
    private static final int GAPS = 20;
    private static final int BATCHES = 20;
    private static final int COMMANDS = 5;
    private static final int MAX_OFFLINE_SALES = 1000;

    @Inject
    private AccessPolicy access;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private TerminalOverview overview;
    @Inject
    private OfflineGapRepository gaps;
    @Inject
    private JournalScan journal;
    @Inject
    private StoreRepository stores;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private TerminalCommandRepository commands;
    @EJB
    private TerminalCommands terminalCommands;
    @Inject
    private AuditTrail audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public TerminalListPage list(TerminalListFilter filter, String afterTid, int pageSize) {
        Viewer viewer = access.viewer();
        Instant now = clock.instant();
        int size = Math.max(1, Math.min(pageSize, MAX_PAGE));
        Boolean online = switch (filter.status()) {
            case ONLINE -> Boolean.TRUE;
            case OFFLINE -> Boolean.FALSE;
            case ALL -> null;
        };
        TerminalOverview.Filter query = new TerminalOverview.Filter(viewer.merchantScope().orElse(null),
                viewer.merchantScope().isPresent() ? viewer.storeIds() : Set.of(), filter.storeId(), online);
        // One more than asked tells whether there is a next page without counting.
        List<Terminal> found = overview.page(query, now, afterTid == null ? null : parseTid(afterTid), size + 1);
        List<Terminal> page = found.subList(0, Math.min(size, found.size()));
        return new TerminalListPage(rows(page, now), found.size() > size);
    }

    @Override
    public List<StoreOption> stores() {
        Viewer viewer = access.viewer();
        if (viewer.merchantScope().isEmpty()) {
            return List.of();
        }
        return stores.listByMerchant(viewer.merchantId()).stream()
                .filter(s -> viewer.maySee(viewer.merchantId(), s.getId()))
                .map(s -> new StoreOption(s.getId(), s.getName())).toList();
    }

    @Override
    public TerminalDetail detail(String tid) {
        Terminal terminal = visible(access.viewer(), tid);
        Instant now = clock.instant();
        ZoneId zone = merchants.findById(terminal.getMerchantId()).map(Merchant::getTimeZone)
                .orElse(ZoneId.of("Asia/Shanghai"));
        List<ContactRow> contacts = overview.contacts(terminal.getId(), CONTACTS).stream()
                .map(c -> new ContactRow(c.getKind().name(), c.getOccurredAt(), c.getNode())).toList();
        List<BatchRow> batches = overview.batches(terminal.getId(), BATCHES).stream()
                .map(b -> new BatchRow(b.getId(), b.getBatchNumber().value(), b.getState().name(), b.getOpenedAt(),
                        b.getSettledAt().orElse(null))).toList();
        List<CommandRow> recent = overview.commands(terminal.getId(), TerminalCommands.REPORT_LAST_TRANSACTION,
                COMMANDS).stream().map(TerminalPagesBean::commandRow).toList();
        return new TerminalDetail(rows(List.of(terminal), now).get(0), terminal.getSerialNumber(),
                terminal.getHeartbeatIntervalSeconds(), terminal.allowance().toSeconds(),
                terminal.getLastContactNode().orElse(null), contacts, gapRows(terminal, zone, now),
                journal.lastOf(terminal.getId()).map(TerminalPagesBean::journalRow).orElse(null),
                batches, recent, now);
    }

    @Override
    public AskResult askLastTransaction(String tid, String origin) {
        Viewer viewer = access.viewer();
        Terminal terminal = visible(viewer, tid);
        long id = terminalCommands.request(terminal.getTid().value(), TerminalCommands.REPORT_LAST_TRANSACTION, null,
                viewer.username());
        audit.record(viewer.username(), ASK_EVENT, AuditTrail.SUCCESS, origin, "terminal", terminal.getTid().value(),
                "command " + id + " queued");
        TerminalCommand command = commands.findById(id).orElseThrow();
        return new AskResult(commandRow(command), terminal.isOnline(clock.instant()));
    }

    @Override
    public CommandRow command(String tid, long commandId) {
        Terminal terminal = visible(access.viewer(), tid);
        return commands.findById(commandId).filter(c -> c.getTerminalId() == terminal.getId())
                .map(TerminalPagesBean::commandRow).orElseThrow(() -> new AccessDeniedException("not found"));
    }

    private Terminal visible(Viewer viewer, String tid) {
        Terminal terminal = terminals.findByTid(parseTid(tid)).orElseThrow(() -> new AccessDeniedException("not found"));
        viewer.requireVisible(terminal.getMerchantId(), terminal.getStoreId());
        return terminal;
    }

    private static Tid parseTid(String tid) {
        try {
            return new Tid(tid);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AccessDeniedException("not found");
        }
    }

    /** Three queries for the whole page, whatever its size: the terminals, their stores, their gaps. */
    private List<TerminalRow> rows(List<Terminal> page, Instant now) {
        List<Long> ids = page.stream().map(Terminal::getId).toList();
        Map<Long, String> storeNames = overview.storeNames(page.stream().map(Terminal::getStoreId).distinct().toList());
        Map<Long, Long> offline = overview.offlineTransactions(ids);
        Map<Long, Instant> backSince = overview.lastGapEnds(ids);
        return page.stream().map(t -> {
            boolean online = t.isOnline(now);
            Instant since = online ? backSince.get(t.getId()) : t.getLastContactAt().orElse(null);
            return new TerminalRow(t.getTid().value(), t.getStoreId(), storeNames.get(t.getStoreId()), t.getModel(),
                    online, since, t.getLastContactAt().orElse(null), t.getCurrentBatchNumber().value(),
                    offline.getOrDefault(t.getId(), 0L));
        }).toList();
    }

    /**
     * The latest gaps, each with its offline sales: one journal query over the span of the gaps
     * shown, the entries then placed in their gap by terminal time.
     */
    private List<GapRow> gapRows(Terminal terminal, ZoneId zone, Instant now) {
        List<OfflineGap> latest = gaps.latest(terminal.getId(), GAPS);
        if (latest.isEmpty()) {
            return List.of();
        }
        Instant from = latest.get(latest.size() - 1).getStartedAt();
        Instant to = latest.stream().map(g -> g.isOpen() ? now : g.getEndedAt()).max(Instant::compareTo).orElseThrow();
        List<CardTransaction> made = journal.ofTerminalBetween(terminal.getId(), LocalDateTime.ofInstant(from, zone),
                LocalDateTime.ofInstant(to, zone), MAX_OFFLINE_SALES);
        List<GapRow> rows = new ArrayList<>();
        for (OfflineGap gap : latest) {
            List<JournalRow> sales = made.stream()
                    .filter(e -> gap.covers(e.getTerminalTime().atZone(zone).toInstant()))
                    .filter(e -> e.getOrigin() == Origin.OFFLINE || !gap.isOpen() && e.getReceivedAt().isAfter(gap.getEndedAt()))
                    .map(TerminalPagesBean::journalRow).toList();
            rows.add(new GapRow(gap.getId(), gap.getStartedAt(), gap.getEndedAt(), gap.length(now).toSeconds(),
                    Math.max(gap.getOfflineTransactions(), sales.size()), gap.isAlerted(), sales));
        }
        return rows;
    }

    static JournalRow journalRow(CardTransaction e) {
        String card = e.getCard().map(c -> (c.bin() == null ? "" : c.bin()) + "…" + c.lastFour()).orElse(null);
        return new JournalRow(e.getId(), e.getBatchNumber().value(), e.getStan().value(), e.getType().name(),
                e.getStatus().name(), e.getAmount().minorUnits(), e.getAmount().currency(), card, e.getTerminalTime(),
                e.getReceivedAt(), e.getOrigin().name(), e.isAnomaly());
    }

    static CommandRow commandRow(TerminalCommand c) {
        return new CommandRow(c.getId(), c.getCode(), c.getState().name(), c.getRequestedBy(), c.getRequestedAt(),
                c.getSentAt().orElse(null), c.getAnsweredAt().orElse(null), c.getResponseCode().orElse(null));
    }
}

package org.posdesk.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.TerminalDirectory;
import org.posdesk.application.TerminalView;
import org.posdesk.domain.shared.Tid;
import org.posdesk.domain.terminal.Terminal;
import org.posdesk.domain.terminal.TerminalRepository;

@Stateless
public class TerminalDirectoryBean implements TerminalDirectory {

    private static final int MAX_PAGE = 500;

    @Inject
    private AccessPolicy access;
    @Inject
    private TerminalRepository terminals;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<TerminalView> terminals(String afterTid, int pageSize) {
        Viewer viewer = access.viewer();
        Tid after = afterTid == null ? null : parse(afterTid);
        Instant now = clock.instant();
        return terminals.listPage(viewer.merchantScope().orElse(null), after, Math.min(pageSize, MAX_PAGE))
                .stream()
                .filter(t -> viewer.maySee(t.getMerchantId(), t.getStoreId()))
                .map(t -> view(t, now))
                .toList();
    }

    @Override
    public TerminalView terminal(String tid) {
        Viewer viewer = access.viewer();
        Terminal terminal = terminals.findByTid(parse(tid)).orElseThrow(() -> new AccessDeniedException("not found"));
        viewer.requireVisible(terminal.getMerchantId(), terminal.getStoreId());
        return view(terminal, clock.instant());
    }

    private static Tid parse(String tid) {
        try {
            return new Tid(tid);
        } catch (IllegalArgumentException e) {
            throw new AccessDeniedException("not found");
        }
    }

    private static TerminalView view(Terminal t, Instant now) {
        return new TerminalView(t.getTid().value(), t.getMerchantId(), t.getStoreId(), t.getModel(),
                t.getSerialNumber(), t.getCurrentBatchNumber().value(), t.isOnline(now),
                t.getLastContactAt().orElse(null));
    }
}

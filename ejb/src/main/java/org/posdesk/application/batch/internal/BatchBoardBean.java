package org.posdesk.application.batch.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.posdesk.application.batch.BatchBoard;
import org.posdesk.application.batch.BatchCursor;
import org.posdesk.application.batch.BatchPage;
import org.posdesk.application.batch.BatchQuery;
import org.posdesk.application.batch.BatchSummary;
import org.posdesk.application.batch.BoardView;
import org.posdesk.application.batch.BoardView.StateCount;
import org.posdesk.application.batch.BoardView.StoreOption;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.Viewer;
import org.posdesk.domain.batch.BatchReadRepository;
import org.posdesk.domain.batch.BatchReadRepository.Cursor;
import org.posdesk.domain.batch.BatchReadRepository.Row;
import org.posdesk.domain.batch.BatchState;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.terminal.TerminalRepository;

@Stateless
public class BatchBoardBean implements BatchBoard {

    // Staff see every merchant; their day boundaries need one zone, and posdesk's merchants are in China.
    private static final ZoneId STAFF_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    private AccessPolicy access;
    @Inject
    private BatchReadRepository batches;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private StoreRepository stores;
    @Inject
    private TerminalRepository terminals;

    @Override
    public BoardView board(BatchQuery query) {
        Viewer viewer = access.viewer();
        Map<BatchState, Long> counts = filter(viewer, query)
                .map(f -> batches.countByState(f.scope(), f.filter()))
                .orElse(Map.of());
        List<StateCount> byState = Arrays.stream(BatchState.values())
                .map(state -> new StateCount(state.name(), counts.getOrDefault(state, 0L)))
                .toList();
        return new BoardView(byState, storeOptions(viewer));
    }

    @Override
    public BatchPage page(BatchQuery query, BatchCursor after, int size) {
        Viewer viewer = access.viewer();
        Optional<BoardFilter> filter = filter(viewer, query);
        if (filter.isEmpty()) {
            return new BatchPage(List.of(), null);
        }
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        Cursor cursor = after == null ? null : new Cursor(after.openedAt(), after.id());
        // One more than asked tells whether there is a next page without counting.
        List<Row> rows = batches.page(filter.get().scope(), filter.get().filter(), cursor, limit + 1);
        List<BatchSummary> shown = rows.stream().limit(limit).map(BatchViews::summary).toList();
        BatchCursor next = rows.size() > limit
                ? new BatchCursor(rows.get(limit - 1).openedAt(), rows.get(limit - 1).id()) : null;
        return new BatchPage(shown, next);
    }

    private Optional<BoardFilter> filter(Viewer viewer, BatchQuery query) {
        ZoneId zone = viewer.merchantScope().flatMap(merchants::findById).map(Merchant::getTimeZone)
                .orElse(STAFF_ZONE);
        return BoardFilter.of(viewer, query == null ? BatchQuery.all() : query, zone, terminals);
    }

    private List<StoreOption> storeOptions(Viewer viewer) {
        return viewer.merchantScope().map(merchant -> stores.listByMerchant(merchant).stream()
                        .filter(s -> viewer.storeIds().isEmpty() || viewer.storeIds().contains(s.getId()))
                        .map(s -> new StoreOption(s.getId(), s.getName()))
                        .toList())
                .orElse(List.of());
    }
}

package org.posdesk.application.internal;

import org.posdesk.domain.batch.BatchState;
import java.util.Set;
import java.time.LocalDateTime;
import java.time.Instant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.DashboardService;
import org.posdesk.application.DashboardView;
import org.posdesk.application.DashboardView.StateCount;
import org.posdesk.domain.merchant.Merchant;
import org.posdesk.domain.merchant.MerchantRepository;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.terminal.TerminalRepository;

@Stateless
public class DashboardServiceBean implements DashboardService {

    // Across merchants "today" needs one zone; posdesk's merchants are in China.
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    private AccessPolicy access;
    @Inject
    private MerchantRepository merchants;
    @Inject
    private StoreRepository stores;
    @Inject
    private TerminalRepository terminals;
    @Inject
    private DashboardReadModel readModel;

    private final Clock clock = Clock.systemUTC();

    @Override
    public DashboardView dashboard() {
        Viewer viewer = access.viewer();
        Optional<Long> scope = viewer.merchantScope();
        Long merchantId = scope.orElse(null);
        Optional<Merchant> merchant = scope.flatMap(merchants::findById);
        ZoneId zone = merchant.map(Merchant::getTimeZone).orElse(DEFAULT_ZONE);
        LocalDateTime today = LocalDate.now(clock.withZone(zone)).atStartOfDay();
        Instant now = clock.instant();
        // A user confined to some stores counts only those: other stores' figures are not theirs.
        Set<Long> stores = scope.isPresent() ? viewer.storeIds() : Set.of();
        boolean storeScoped = !stores.isEmpty();
        DashboardReadModel.Scope readScope = new DashboardReadModel.Scope(merchantId, stores);
        Instant batchesSince = today.minusDays(DashboardView.BATCH_DAYS).atZone(zone).toInstant();
        List<StateCount> batchStates = readModel.batchesByState(readScope, batchesSince).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Comparator.comparing(e -> BatchState.valueOf(e.getKey())))
                .map(e -> new StateCount(e.getKey(), e.getValue()))
                .toList();
        return new DashboardView(
                merchant.map(Merchant::getName).orElse(null),
                scope.isPresent() ? 1 : merchants.count(),
                storeScoped ? stores.size() : this.stores.countByMerchant(merchantId),
                storeScoped ? terminals.countInStores(stores) : terminals.countByMerchant(merchantId),
                storeScoped ? terminals.countOnlineInStores(stores, now)
                        : terminals.countOnlineByMerchant(merchantId, now),
                readModel.countToday(readScope, today),
                batchStates,
                new DashboardView.Fleet(readModel.countOffline(readScope, now), readModel.countSilent(readScope, now),
                        readModel.offline(readScope, now)),
                readModel.countIncompleteUploads(readScope),
                readModel.incompleteUploads(readScope),
                readModel.volumeByStore(readScope, today),
                readModel.countOpenCases(readScope),
                readModel.recentAlerts(readScope),
                now,
                zone.getId());
    }
}

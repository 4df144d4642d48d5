package org.posdesk.application.search.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.internal.Viewer;
import org.posdesk.application.search.ResultCount;
import org.posdesk.application.search.SearchCursor;
import org.posdesk.application.search.SearchPage;
import org.posdesk.application.search.StoreOption;
import org.posdesk.application.search.TransactionDetail;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.application.search.TransactionRow;
import org.posdesk.application.search.TransactionSearch;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.journal.JournalRow;
import org.posdesk.domain.journal.JournalSearch;
import org.posdesk.domain.merchant.StoreRepository;

@Stateless
public class TransactionSearchBean implements TransactionSearch {

    @Inject
    private AccessPolicy access;
    @Inject
    private JournalSearch journal;
    @Inject
    private StoreRepository stores;
    @Inject
    private SearchScopes scopes;
    @Inject
    private DetailAssembly details;

    @Override
    public SearchPage search(TransactionFilter filter, SearchCursor after, int pageSize) {
        Optional<JournalFilter> scoped = scope(filter);
        if (scoped.isEmpty()) {
            return SearchPage.none();
        }
        int size = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        // One row beyond the page tells whether another page follows, without counting.
        List<JournalRow> rows = journal.page(scoped.get(), RowViews.cursor(after), size + 1);
        boolean more = rows.size() > size;
        List<JournalRow> page = more ? rows.subList(0, size) : rows;
        List<TransactionRow> views = page.stream().map(RowViews::view).toList();
        return new SearchPage(views, more, more ? RowViews.cursor(page.get(size - 1)) : null);
    }

    @Override
    public ResultCount count(TransactionFilter filter) {
        Optional<JournalFilter> scoped = scope(filter);
        if (scoped.isEmpty()) {
            return new ResultCount(0, false);
        }
        long counted = journal.countUpTo(scoped.get(), COUNT_CAP + 1);
        return counted > COUNT_CAP ? new ResultCount(COUNT_CAP, true) : new ResultCount(counted, false);
    }

    @Override
    public TransactionDetail detail(long id) {
        Viewer viewer = access.viewer();
        JournalRow row = journal.findRow(id)
                .filter(r -> viewer.maySee(r.merchantId(), r.storeId()))
                .orElseThrow(() -> new AccessDeniedException("not found"));
        return details.assemble(row);
    }

    @Override
    public List<StoreOption> stores() {
        Viewer viewer = access.viewer();
        return viewer.merchantScope()
                .map(merchant -> stores.listByMerchant(merchant).stream()
                        .filter(s -> viewer.maySee(merchant, s.getId()))
                        .map(s -> new StoreOption(s.getId(), s.getCode(), s.getName()))
                        .toList())
                .orElse(List.of());
    }

    private Optional<JournalFilter> scope(TransactionFilter filter) {
        return scopes.forCaller(filter);
    }
}

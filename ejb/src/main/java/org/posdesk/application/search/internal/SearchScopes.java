package org.posdesk.application.search.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.posdesk.application.internal.AccessPolicy;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.domain.journal.JournalFilter;
import org.posdesk.domain.merchant.StoreRepository;
import org.posdesk.domain.terminal.TerminalRepository;

/** Narrows a person's filter to the current caller, for searches and exports alike. */
@ApplicationScoped
public class SearchScopes {

    @Inject
    private AccessPolicy access;
    @Inject
    private StoreRepository stores;
    @Inject
    private TerminalRepository terminals;

    /** @return empty when the filter can select nothing the caller may see */
    public Optional<JournalFilter> forCaller(TransactionFilter filter) {
        return new SearchScope(access.viewer(), stores::findById, terminals::findByTid).translate(filter);
    }
}

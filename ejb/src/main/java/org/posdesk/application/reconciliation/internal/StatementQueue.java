package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.posdesk.domain.reconciliation.ReconciliationRepository;

/** The statements waiting to be matched, read in a short transaction of its own. */
@Stateless
public class StatementQueue {

    @Inject
    private ReconciliationRepository repository;

    public List<Long> imported(int limit) {
        return repository.importedStatements(limit);
    }
}

package org.posdesk.application.reconciliation.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.posdesk.application.reconciliation.Reconciliation;
import org.posdesk.application.reconciliation.RunResult;

/** Each statement in a transaction of its own: one that fails does not hold the others back. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReconciliationBean implements Reconciliation {

    private static final Logger LOG = Logger.getLogger(ReconciliationBean.class.getName());
    private static final int STATEMENTS_PER_RUN = 50;
    private static final int BATCHES_PER_RUN = 500;

    @EJB
    private StatementMatcher matcher;
    @EJB
    private StatementQueue queue;

    @Override
    public Optional<RunResult> match(long statementId) {
        return matcher.match(statementId);
    }

    @Override
    public List<RunResult> matchImported() {
        List<RunResult> results = new ArrayList<>();
        RuntimeException failure = null;
        for (long id : queue.imported(STATEMENTS_PER_RUN)) {
            try {
                matcher.match(id).ifPresent(results::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "matching statement " + id + " failed; the next run tries again", e);
                failure = failure == null ? e : failure;
            }
        }
        matcher.rejudgeDiscrepant(BATCHES_PER_RUN);
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}

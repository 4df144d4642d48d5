package org.posdesk.interfaces.web.reconciliation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.reconciliation.ReconciliationRuns;
import org.posdesk.application.reconciliation.RunPage;
import org.posdesk.application.reconciliation.RunRow;

/** Matching runs newest first with their KPIs, keyset pages, CSV of the same. */
@Named("reconciliationRuns")
@ViewScoped
public class ReconciliationRunsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    private ReconciliationRuns runs;

    private final Deque<RunPage.Cursor> starts = new ArrayDeque<>();
    private RunPage.Cursor current;
    private transient RunPage page;

    public void next() {
        if (page().next() != null) {
            starts.push(current == null ? new RunPage.Cursor(null, 0) : current);
            current = page().next();
            page = null;
        }
    }

    public void previous() {
        if (!starts.isEmpty()) {
            RunPage.Cursor back = starts.pop();
            current = back.startedAt() == null ? null : back;
            page = null;
        }
    }

    private RunPage page() {
        if (page == null) {
            page = runs.page(current, PAGE_SIZE);
        }
        return page;
    }

    public List<RunRow> getRows() {
        return page().rows();
    }

    public boolean isMore() {
        return page().next() != null;
    }

    public boolean isFirstPage() {
        return starts.isEmpty();
    }

    public int getPageNumber() {
        return starts.size() + 1;
    }

    public String amount(long minor) {
        return BigDecimal.valueOf(minor, 2).toPlainString();
    }
}

package org.posdesk.interfaces.web.reconciliation;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.posdesk.application.reconciliation.DiscrepancyDesk;
import org.posdesk.application.reconciliation.DiscrepancyPage;
import org.posdesk.application.reconciliation.DiscrepancyRow;
import org.posdesk.interfaces.web.i18n.Messages;

/** The queue by state, keyset pages newest first; resolve with a reason (confirmed) or open a case. */
@Named("discrepancyQueue")
@ViewScoped
public class DiscrepancyQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    static final Set<String> STATES = Set.of("OPEN", "RESOLVED", "CASE_OPENED");

    @EJB
    private DiscrepancyDesk desk;
    @Inject
    private Messages messages;

    private String state = "OPEN";
    private final Deque<DiscrepancyPage.Cursor> starts = new ArrayDeque<>();
    private DiscrepancyPage.Cursor current;
    private transient DiscrepancyPage page;
    private Long selected;
    private String reason;

    public void filter() {
        if (!STATES.contains(state)) {
            state = "OPEN";
        }
        starts.clear();
        current = null;
        page = null;
    }

    public void next() {
        if (page().next() != null) {
            starts.push(current == null ? new DiscrepancyPage.Cursor(null, 0) : current);
            current = page().next();
            page = null;
        }
    }

    public void previous() {
        if (!starts.isEmpty()) {
            DiscrepancyPage.Cursor back = starts.pop();
            current = back.createdAt() == null ? null : back;
            page = null;
        }
    }

    public void choose(long id) {
        selected = id;
        reason = null;
    }

    public void resolve() {
        if (selected == null || reason == null || reason.isBlank()) {
            message(FacesMessage.SEVERITY_ERROR, "discrepancies.reason.required");
            return;
        }
        act(() -> desk.resolve(selected, reason.strip()), "discrepancies.resolved");
        selected = null;
    }

    public void openCase(long id) {
        act(() -> desk.openCase(id), "discrepancies.caseOpened");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            message(FacesMessage.SEVERITY_INFO, doneKey);
        } catch (EJBException | IllegalArgumentException | IllegalStateException e) {
            message(FacesMessage.SEVERITY_ERROR, "discrepancies.failed");
        }
        page = null;
    }

    private DiscrepancyPage page() {
        if (page == null) {
            page = desk.page(state, current, PAGE_SIZE);
        }
        return page;
    }

    public List<DiscrepancyRow> getRows() {
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

    public String getExportPath() {
        return "/reconciliation/discrepancies.csv?state=" + state;
    }

    public String amount(long minor) {
        return java.math.BigDecimal.valueOf(minor, 2).toPlainString();
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getSelected() {
        return selected;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, messages.get(key), null));
    }
}

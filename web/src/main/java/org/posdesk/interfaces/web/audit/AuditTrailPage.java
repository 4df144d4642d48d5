package org.posdesk.interfaces.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.posdesk.application.audit.AuditCursor;
import org.posdesk.application.audit.AuditFilter;
import org.posdesk.application.audit.AuditLog;
import org.posdesk.application.audit.AuditPage;
import org.posdesk.application.audit.AuditRow;
import org.posdesk.application.audit.ChainReport;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The audit trail for administrators: filters, keyset pages newest first (the cursors of the
 * pages walked are kept, so "previous" goes back exactly), the CSV of what the filters select,
 * and a check of the whole chain.
 */
@Named("auditTrail")
@ViewScoped
public class AuditTrailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    private static final AuditCursor FIRST = new AuditCursor(Instant.EPOCH, -1);

    @EJB
    private AuditLog auditLog;
    @Inject
    private Messages messages;

    private AuditFilterForm form = AuditFilterForm.lastWeek();
    private AuditFilter applied = form.toFilter();
    private LinkedHashMap<String, String> appliedParameters = new LinkedHashMap<>(form.parameters());
    private final Deque<AuditCursor> starts = new ArrayDeque<>(List.of(FIRST));
    private transient AuditPage page;
    private ChainReport report;

    public void search() {
        try {
            applied = form.toFilter();
            appliedParameters = new LinkedHashMap<>(form.parameters());
        } catch (IllegalArgumentException e) {
            error("audit.invalid.time");
            return;
        }
        starts.clear();
        starts.push(FIRST);
        page = null;
    }

    public void next() {
        if (page().next() != null) {
            starts.push(page().next());
            page = null;
        }
    }

    public void previous() {
        if (starts.size() > 1) {
            starts.pop();
            page = null;
        }
    }

    public void verify() {
        report = auditLog.verify();
    }

    private AuditPage page() {
        if (page == null) {
            AuditCursor start = starts.peek();
            page = auditLog.search(applied, start.id() == FIRST.id() ? null : start, PAGE_SIZE);
        }
        return page;
    }

    public List<AuditRow> getRows() {
        return page().rows();
    }

    public boolean isMore() {
        return page().next() != null;
    }

    public boolean isFirstPage() {
        return starts.size() == 1;
    }

    public int getPageNumber() {
        return starts.size();
    }

    /** The CSV of what the applied filters select, relative to the application. */
    public String getExportPath() {
        return "/audit/export.csv?" + appliedParameters.entrySet().stream()
                // %20, not "+", for the space inside a time: unambiguous in a query string.
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    /** The last verification's outcome, or null before the first. */
    public ChainReport getReport() {
        return report;
    }

    public AuditFilterForm getForm() {
        return form;
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }
}

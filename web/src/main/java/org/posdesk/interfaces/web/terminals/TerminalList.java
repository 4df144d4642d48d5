package org.posdesk.interfaces.web.terminals;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.terminals.StoreOption;
import org.posdesk.application.terminals.TerminalListFilter;
import org.posdesk.application.terminals.TerminalListPage;
import org.posdesk.application.terminals.TerminalPages;
import org.posdesk.application.terminals.TerminalRow;

/**
 * The terminal list: filters, and keyset paging by TID (the pages walked so far are kept, so
 * "previous" goes back exactly).
 */
@Named
@ViewScoped
public class TerminalList implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    private TerminalPages terminalPages;

    private Long storeId;
    private TerminalListFilter.Status status = TerminalListFilter.Status.ALL;
    /** The TID each page shown so far started after (null for the first). */
    private final Deque<String> starts = new ArrayDeque<>();
    private transient TerminalListPage page;
    private transient List<StoreOption> stores;

    @PostConstruct
    void init() {
        starts.push("");
    }

    public void search() {
        starts.clear();
        starts.push("");
        page = null;
    }

    public void next() {
        if (page().more()) {
            starts.push(page().lastTid());
            page = null;
        }
    }

    public void previous() {
        if (starts.size() > 1) {
            starts.pop();
            page = null;
        }
    }

    public TerminalListPage page() {
        if (page == null) {
            String after = starts.peek();
            page = terminalPages.list(new TerminalListFilter(storeId, status), after.isEmpty() ? null : after,
                    PAGE_SIZE);
        }
        return page;
    }

    public List<TerminalRow> getRows() {
        return page().rows();
    }

    public boolean isMore() {
        return page().more();
    }

    public boolean isFirstPage() {
        return starts.size() == 1;
    }

    public int getPageNumber() {
        return starts.size();
    }

    public List<StoreOption> getStores() {
        if (stores == null) {
            stores = terminalPages.stores();
        }
        return stores;
    }

    public TerminalListFilter.Status[] getStatuses() {
        return TerminalListFilter.Status.values();
    }

    /** The CSV export of what the filters select (every page), relative to the application. */
    public String getExportPath() {
        StringBuilder query = new StringBuilder("/terminals/export.csv?status=").append(status.name());
        if (storeId != null) {
            query.append("&store=").append(URLEncoder.encode(storeId.toString(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    public Long getStoreId() {
        return storeId;
    }

    public void setStoreId(Long storeId) {
        this.storeId = storeId;
    }

    public TerminalListFilter.Status getStatus() {
        return status;
    }

    public void setStatus(TerminalListFilter.Status status) {
        this.status = status == null ? TerminalListFilter.Status.ALL : status;
    }
}

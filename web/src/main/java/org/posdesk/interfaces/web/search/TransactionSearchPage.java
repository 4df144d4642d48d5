package org.posdesk.interfaces.web.search;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.posdesk.application.search.ExportColumn;
import org.posdesk.application.search.ExportFormat;
import org.posdesk.application.search.ExportStatus;
import org.posdesk.application.search.InvalidSearchException;
import org.posdesk.application.search.ResultCount;
import org.posdesk.application.search.SearchCursor;
import org.posdesk.application.search.SearchPage;
import org.posdesk.application.search.StoreOption;
import org.posdesk.application.search.TransactionExport;
import org.posdesk.application.search.TransactionFilter;
import org.posdesk.application.search.TransactionRow;
import org.posdesk.application.search.TransactionSearch;
import org.posdesk.domain.journal.Origin;
import org.posdesk.domain.journal.TransactionStatus;
import org.posdesk.domain.journal.TransactionType;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The transaction search: a filter form, one keyset page at a time, and the cursors of the pages
 * visited so far, so "previous" and the page numbers go back without ever counting or skipping
 * rows by offset. The count shown is capped ("1,000+"). Exports run in the background and the
 * page polls their progress.
 */
@Named("transactionSearch")
@ViewScoped
public class TransactionSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    private TransactionSearch search;
    @EJB
    private TransactionExport export;
    @Inject
    private Messages messages;

    private final SearchForm form = new SearchForm();
    /** The filter of the last search: paging and exports keep to it, whatever is typed since. */
    private TransactionFilter current;
    /** cursors.get(i) is where page i+1 starts (null for the first page). */
    private final List<SearchCursor> cursors = new ArrayList<>();
    private int pageIndex;
    private SearchPage page = SearchPage.none();
    private ResultCount count;
    private boolean searched;
    private List<StoreOption> stores;
    private ExportStatus exportStatus;

    /** Runs once when the page opens, so it shows the last seven days straight away. */
    public void open() {
        if (!FacesContext.getCurrentInstance().isPostback() && !searched) {
            search();
        }
    }

    public void search() {
        current = form.toFilter();
        cursors.clear();
        cursors.add(null);
        pageIndex = 0;
        if (load()) {
            count = search.count(current);
            searched = true;
        }
    }

    public void reset() {
        SearchForm fresh = new SearchForm();
        form.setFrom(fresh.getFrom());
        form.setTo(fresh.getTo());
        form.setStoreId(null);
        form.setTid(null);
        form.setType(null);
        form.setStatus(null);
        form.setMinAmount(null);
        form.setMaxAmount(null);
        form.setCardLast4(null);
        form.setRrn(null);
        form.setStan(null);
        form.setAuthCode(null);
        form.setOrderNumber(null);
        form.setOrigin(null);
        form.setAnomaly(null);
        search();
    }

    public void next() {
        if (!page.more()) {
            return;
        }
        if (cursors.size() == pageIndex + 1) {
            cursors.add(page.next());
        }
        pageIndex++;
        load();
    }

    public void previous() {
        if (pageIndex > 0) {
            pageIndex--;
            load();
        }
    }

    /** Back (or forward) to a page already visited, by its stored cursor. */
    public void goTo(int number) {
        if (number >= 1 && number <= cursors.size()) {
            pageIndex = number - 1;
            load();
        }
    }

    private boolean load() {
        try {
            page = search.search(current, cursors.get(pageIndex), PAGE_SIZE);
            return true;
        } catch (InvalidSearchException e) {
            refuse(e);
            page = SearchPage.none();
            count = null;
            searched = false;
            return false;
        }
    }

    private void refuse(InvalidSearchException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                messages.get("search.invalid." + e.reason()), null));
    }

    public void exportCsv() {
        startExport(ExportFormat.CSV);
    }

    public void exportXlsx() {
        startExport(ExportFormat.XLSX);
    }

    private void startExport(ExportFormat format) {
        List<String> header = Arrays.stream(ExportColumn.values())
                .map(column -> messages.get("search.col." + column.key())).toList();
        try {
            exportStatus = export.start(current == null ? form.toFilter() : current, format, header);
        } catch (InvalidSearchException e) {
            refuse(e);
        }
    }

    /** Called by the page's poll while an export runs. */
    public void refreshExport() {
        if (exportStatus != null && exportStatus.state() == ExportStatus.State.RUNNING) {
            exportStatus = export.status(exportStatus.jobId());
        }
    }

    public boolean isExportRunning() {
        return exportStatus != null && exportStatus.state() == ExportStatus.State.RUNNING;
    }

    public ExportStatus getExportStatus() {
        return exportStatus;
    }

    public SearchForm getForm() {
        return form;
    }

    public List<TransactionRow> getRows() {
        return page.rows();
    }

    public boolean isSearched() {
        return searched;
    }

    public boolean isMore() {
        return page.more();
    }

    public boolean isFirstPage() {
        return pageIndex == 0;
    }

    public int getPageNumber() {
        return pageIndex + 1;
    }

    /** The page numbers the user can jump to: every page visited so far. */
    public List<Integer> getVisitedPages() {
        return IntStream.rangeClosed(1, cursors.size()).boxed().toList();
    }

    /** "1,000+" or the exact number; null before the first search. */
    public String getCountText() {
        if (count == null) {
            return null;
        }
        String number = String.format("%,d", count.value());
        return count.atLeast() ? number + "+" : number;
    }

    public List<StoreOption> getStores() {
        if (stores == null) {
            stores = search.stores();
        }
        return stores;
    }

    /**
     * The day to show, from a link such as {@code transactions.xhtml?day=2026-11-22&status=DECLINED};
     * the other link parameters go straight into the form.
     */
    public LocalDate getDay() {
        return form.getFrom().toLocalDate();
    }

    public void setDay(LocalDate day) {
        if (day != null) {
            form.showDay(day);
        }
    }

    public TransactionType[] getTypes() {
        // Reversals live apart from the journal (card_reversal) and are never a row type.
        return java.util.Arrays.stream(TransactionType.values()).filter(t -> t != TransactionType.REVERSAL)
                .toArray(TransactionType[]::new);
    }

    public TransactionStatus[] getStatuses() {
        return TransactionStatus.values();
    }

    public Origin[] getOrigins() {
        return Origin.values();
    }
}

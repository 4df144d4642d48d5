package org.posdesk.interfaces.web.batches;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.batch.BatchBoard;
import org.posdesk.application.batch.BatchCursor;
import org.posdesk.application.batch.BatchPage;
import org.posdesk.application.batch.BatchQuery;
import org.posdesk.application.batch.BatchSummary;
import org.posdesk.application.batch.BoardView;
import org.posdesk.application.batch.BoardView.StateCount;
import org.posdesk.application.batch.BoardView.StoreOption;
import org.posdesk.application.audit.ExportTrail;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The batch board. Its filters are view parameters, so every card and every filtered list is a
 * link that can be bookmarked or sent to a colleague; paging walks keyset cursors, remembering the
 * ones behind for "newer".
 */
@Named
@ViewScoped
public class BatchBoardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @EJB
    private BatchBoard board;
    @EJB
    private ExportTrail exportTrail;
    @Inject
    private Messages messages;

    private String state;
    private Long store;
    private String tid;
    private LocalDate from;
    private LocalDate to;

    private BatchCursor current;
    private final Deque<BatchCursor> behind = new ArrayDeque<>();
    private transient BoardView view;
    private transient BatchPage page;

    /** View action: runs once the view parameters are in. */
    public void load() {
        view = board.board(query());
        page = board.page(query(), current, PAGE_SIZE);
    }

    /** Applies the filter form as a new GET, so the address carries the filters. */
    public String apply() {
        return "/batches.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/batches.xhtml?faces-redirect=true";
    }

    public void older() {
        if (page().next() != null) {
            behind.push(current == null ? FIRST : current);
            current = page().next();
            page = board.page(query(), current, PAGE_SIZE);
        }
    }

    public void newer() {
        if (!behind.isEmpty()) {
            BatchCursor previous = behind.pop();
            current = FIRST.equals(previous) ? null : previous;
            page = board.page(query(), current, PAGE_SIZE);
        }
    }

    // The first page has no cursor; a deque holds no null, so this stands for it.
    private static final BatchCursor FIRST = new BatchCursor(Instant.EPOCH, Long.MIN_VALUE);

    /** Streams every row the filters select, a page at a time, whatever the count. */
    public void exportCsv() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        exportTrail.exported("batches", query().toString());
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"batches.csv\"");
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // so that spreadsheet programs read the Chinese as UTF-8
        BatchCsv csv = new BatchCsv(out, messages::get);
        csv.header();
        BatchQuery query = query();
        BatchCursor cursor = null;
        do {
            BatchPage chunk = board.page(query, cursor, BatchBoard.MAX_PAGE);
            csv.rows(chunk.rows());
            out.flush();
            cursor = chunk.next();
        } while (cursor != null);
        faces.responseComplete();
    }

    private BatchQuery query() {
        return new BatchQuery(blankToNull(state), store, blankToNull(tid), from, to);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private BoardView view() {
        if (view == null) {
            view = board.board(query());
        }
        return view;
    }

    private BatchPage page() {
        if (page == null) {
            page = board.page(query(), current, PAGE_SIZE);
        }
        return page;
    }

    public List<StateCount> getCounts() {
        return view().counts();
    }

    public long getTotal() {
        return view().total();
    }

    public List<StoreOption> getStores() {
        return view().stores();
    }

    public List<BatchSummary> getRows() {
        return page().rows();
    }

    public boolean isHasOlder() {
        return page().hasMore();
    }

    public boolean isHasNewer() {
        return !behind.isEmpty();
    }

    /** Any filter set: the empty state then says "nothing matches", not "nothing yet". */
    public boolean isFiltered() {
        return query().state() != null || store != null || query().tid() != null || from != null || to != null;
    }

    /** The board's address with the current filters and {@code state} (null or empty: every state). */
    public String link(String forState) {
        StringBuilder url = new StringBuilder("batches.xhtml");
        java.util.StringJoiner params = new java.util.StringJoiner("&", "?", "").setEmptyValue("");
        param(params, "state", forState);
        param(params, "store", store == null ? null : store.toString());
        param(params, "tid", blankToNull(tid));
        param(params, "from", from == null ? null : from.toString());
        param(params, "to", to == null ? null : to.toString());
        return url.append(params).toString();
    }

    private static void param(java.util.StringJoiner params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isCurrentState(String candidate) {
        // EL hands a null String argument over as "".
        String current = blankToNull(state);
        String wanted = blankToNull(candidate);
        return wanted == null ? current == null : wanted.equals(current);
    }

    /** The sales the row shows differ between the terminal and posdesk (the row shows no other figure). */
    public boolean salesDiffer(BatchSummary b) {
        return b.terminalTotals() != null && (b.terminalTotals().debitCount() != b.computedTotals().debitCount()
                || b.terminalTotals().debitAmount() != b.computedTotals().debitAmount());
    }

    public String time(Instant at) {
        return BatchFormats.time(at);
    }

    public String amount(long minor) {
        return BatchFormats.amount(minor);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public Long getStore() {
        return store;
    }

    public void setStore(Long store) {
        this.store = store;
    }

    public String getTid() {
        return tid;
    }

    public void setTid(String tid) {
        this.tid = tid;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

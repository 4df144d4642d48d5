package org.posdesk.interfaces.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.posdesk.application.casework.CasePage;
import org.posdesk.application.casework.CaseRow;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.casework.QueueFilter;

/**
 * The case queue (staff: every merchant's; a merchant user: their own cases): filters, counts
 * per state, keyset pages oldest first. The filter as last searched is kept apart from the fields
 * being edited, so paging and the CSV follow the table the user sees.
 */
@Named
@ViewScoped
public class CaseQueue implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;
    private static final CasePage.Cursor FIRST = new CasePage.Cursor(Instant.MIN, Long.MIN_VALUE);

    @EJB
    private Casework casework;

    private String state;
    private Long merchantId;
    private Integer olderThanHours;
    private boolean slaBreached;
    private boolean mine;

    private QueueFilter searched = QueueFilter.all();
    private CasePage page;
    private Map<String, Long> counts;
    private final Deque<CasePage.Cursor> earlierStarts = new ArrayDeque<>();
    private CasePage.Cursor currentStart;

    @PostConstruct
    void load() {
        search();
    }

    public void search() {
        searched = new QueueFilter(state, merchantId, olderThanHours, slaBreached, mine ? QueueFilter.ME : null);
        earlierStarts.clear();
        currentStart = null;
        page = casework.queue(searched, null, PAGE_SIZE);
        counts = casework.countsByState(merchantId);
    }

    /** A count card: shows that state's cases. */
    public void showState(String newState) {
        state = newState;
        search();
    }

    public void reset() {
        state = null;
        merchantId = null;
        olderThanHours = null;
        slaBreached = false;
        mine = false;
        search();
    }

    public void next() {
        if (page.hasMore()) {
            earlierStarts.push(currentStart == null ? FIRST : currentStart);
            currentStart = page.next();
            page = casework.queue(searched, currentStart, PAGE_SIZE);
        }
    }

    public void previous() {
        if (!earlierStarts.isEmpty()) {
            CasePage.Cursor start = earlierStarts.pop();
            currentStart = FIRST.equals(start) ? null : start;
            page = casework.queue(searched, currentStart, PAGE_SIZE);
        }
    }

    QueueFilter searched() {
        return searched;
    }

    public boolean isHasNext() {
        return page.hasMore();
    }

    public boolean isHasPrevious() {
        return !earlierStarts.isEmpty();
    }

    public int getPageNumber() {
        return earlierStarts.size() + 1;
    }

    public List<CaseRow> getRows() {
        return page.rows();
    }

    public Map<String, Long> getCounts() {
        return counts;
    }

    public List<String> getCountStates() {
        return List.copyOf(counts.keySet());
    }

    public boolean isFiltered() {
        return !searched.equals(QueueFilter.all());
    }

    public String[] getStates() {
        return new String[] {"OPEN", "INVESTIGATING", "ESCALATED", "REOPENED", "RESOLVED"};
    }

    public String time(Instant at) {
        return CaseFormats.time(at);
    }

    public String local(LocalDateTime at) {
        return CaseFormats.local(at);
    }

    public BigDecimal amount(Long minor) {
        return CaseFormats.amount(minor);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isBlank() ? null : state;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
    }

    public Integer getOlderThanHours() {
        return olderThanHours;
    }

    public void setOlderThanHours(Integer olderThanHours) {
        this.olderThanHours = olderThanHours;
    }

    public boolean isSlaBreached() {
        return slaBreached;
    }

    public void setSlaBreached(boolean slaBreached) {
        this.slaBreached = slaBreached;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }
}

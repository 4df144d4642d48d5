package org.posdesk.interfaces.web.alerts;

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
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.alert.AlertDesk;
import org.posdesk.domain.alert.AlertKind;
import org.posdesk.domain.alert.AlertState;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * Alerts, latest first by keyset pages, filtered by state and kind; acknowledge (confirmed, audited
 * by the service) and each alert's webhook delivery history.
 */
@Named("alertsPage")
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 30;

    @EJB
    private AlertDesk desk;
    @Inject
    private Messages messages;

    private String state = AlertState.OPEN.name();
    private String kind = "";
    private final Deque<AlertDesk.AlertCursor> starts = new ArrayDeque<>();
    private transient AlertDesk.AlertPage page;
    private Long historyOf;
    private transient List<AlertDesk.DeliveryRow> history;

    public void search() {
        starts.clear();
        page = null;
    }

    public void acknowledge(long id) {
        try {
            boolean done = desk.acknowledge(id);
            info(done ? "alerts.acknowledged" : "alerts.acknowledged.already");
        } catch (AccessDeniedException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, messages.get("alerts.notFound"), null));
        }
        page = null;
        history = null;
    }

    public void showHistory(long id) {
        historyOf = id;
        history = null;
    }

    public List<AlertDesk.DeliveryRow> getHistory() {
        if (historyOf == null) {
            return List.of();
        }
        if (history == null) {
            try {
                history = desk.deliveries(historyOf);
            } catch (AccessDeniedException e) {
                historyOf = null;
                history = List.of();
            }
        }
        return history;
    }

    public Long getHistoryOf() {
        return historyOf;
    }

    public void next() {
        if (page().next() != null) {
            starts.push(page().next());
            page = null;
        }
    }

    public void previous() {
        if (!starts.isEmpty()) {
            starts.pop();
            page = null;
        }
    }

    private AlertDesk.AlertPage page() {
        if (page == null) {
            page = desk.list(new AlertDesk.AlertFilter(state, kind), starts.peek(), PAGE_SIZE);
        }
        return page;
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
    }

    public List<AlertDesk.AlertRow> getRows() {
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

    public List<String> getStates() {
        return Arrays.stream(AlertState.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(AlertKind.values()).map(Enum::name).toList();
    }

    /** The CSV download of what the table shows: the same filter. */
    public String getExportQuery() {
        return "?state=" + URLEncoder.encode(state == null ? "" : state, StandardCharsets.UTF_8)
                + "&kind=" + URLEncoder.encode(kind == null ? "" : kind, StandardCharsets.UTF_8);
    }

    public String time(Instant at) {
        return AlertFormat.time(at);
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}

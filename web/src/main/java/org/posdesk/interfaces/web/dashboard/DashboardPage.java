package org.posdesk.interfaces.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.posdesk.application.DashboardService;
import org.posdesk.application.DashboardView;
import org.posdesk.application.DashboardView.AlertLine;
import org.posdesk.application.DashboardView.IncompleteUpload;
import org.posdesk.application.DashboardView.OfflineTerminal;
import org.posdesk.application.DashboardView.StateCount;
import org.posdesk.application.DashboardView.StoreVolume;
import org.posdesk.interfaces.web.i18n.Messages;

/** The dashboard's figures, fetched once per view so postbacks on the page do not recount. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @EJB
    private DashboardService dashboardService;

    @Inject
    private Messages messages;

    private DashboardView view;

    @PostConstruct
    void load() {
        view = dashboardService.dashboard();
    }

    /** The refresh button: figures as of now. */
    public void refresh() {
        load();
    }

    /** Null when the caller sees every merchant. */
    public String getScope() {
        return view.scope();
    }

    public boolean isAllMerchants() {
        return view.scope() == null;
    }

    /** Nothing reported yet. ("empty" is an EL keyword, so the page cannot ask for that name.) */
    public boolean isAwaitingData() {
        return view.isEmpty();
    }

    public long getMerchants() {
        return view.merchants();
    }

    public long getStores() {
        return view.stores();
    }

    public long getTerminals() {
        return view.terminals();
    }

    public long getTerminalsOnline() {
        return view.terminalsOnline();
    }

    public long getTerminalsOffline() {
        return view.fleet().offline();
    }

    public long getTerminalsSilent() {
        return view.fleet().silent();
    }

    public List<OfflineTerminal> getLongestOffline() {
        return view.fleet().longestOffline();
    }

    public long getTransactionsToday() {
        return view.transactionsToday();
    }

    public List<StateCount> getBatchesByState() {
        return view.batchesByState();
    }

    /** Width of a state's bar in the chart, in percent of the largest state. */
    public long barWidth(StateCount state) {
        long largest = view.batchesByState().stream().mapToLong(StateCount::count).max().orElse(1);
        return Math.max(2, Math.round(100.0 * state.count() / largest));
    }

    public long getUploadsIncomplete() {
        return view.uploadsIncomplete();
    }

    public List<IncompleteUpload> getIncompleteUploads() {
        return view.incompleteUploads();
    }

    public List<StoreVolume> getVolumeByStore() {
        return view.volumeByStore();
    }

    public long getOpenCases() {
        return view.openCases();
    }

    public List<AlertLine> getRecentAlerts() {
        return view.recentAlerts();
    }

    /** The first day of the batch chart's window, as yyyy-MM-dd, for the board it links to. */
    public String getBatchesFrom() {
        return LocalDate.ofInstant(view.asOf(), zone()).minusDays(DashboardView.BATCH_DAYS).toString();
    }

    /** The first day of the transaction search the "today" figures link to, as yyyy-MM-dd. */
    public String getToday() {
        return LocalDate.ofInstant(view.asOf(), zone()).toString();
    }

    public String getAsOf() {
        return TIME.format(view.asOf().atZone(zone()));
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone()));
    }

    public boolean pastAllowance(OfflineTerminal terminal) {
        return terminal.pastAllowance(view.asOf());
    }

    /** "3 d 4 h", "2 h 5 min", "12 min", in the page's language; "never seen" without contact. */
    public String silentFor(OfflineTerminal terminal) {
        Duration silent = terminal.silentFor(view.asOf());
        if (silent == null) {
            return messages.get("dashboard.offline.never");
        }
        long minutes = Math.max(0, silent.toMinutes());
        if (minutes >= 24 * 60) {
            return messages.get("duration.days").formatted(minutes / (24 * 60), minutes / 60 % 24);
        }
        if (minutes >= 60) {
            return messages.get("duration.hours").formatted(minutes / 60, minutes % 60);
        }
        return messages.get("duration.minutes").formatted(minutes);
    }

    /** The alert kind's name in the page's language; the enum name for a kind the bundle lacks. */
    public String alertKind(AlertLine alert) {
        try {
            return messages.get("alert.kind." + alert.kind());
        } catch (java.util.MissingResourceException unnamed) {
            return alert.kind();
        }
    }

    /** Minor units as a decimal amount (every posdesk currency has two decimals). */
    public String amount(StoreVolume volume) {
        return String.format("%,.2f", volume.salesMinor() / 100.0);
    }

    private ZoneId zone() {
        return ZoneId.of(view.zone());
    }
}

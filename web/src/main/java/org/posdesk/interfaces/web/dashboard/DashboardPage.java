package org.posdesk.interfaces.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.posdesk.application.DashboardService;
import org.posdesk.application.DashboardView;
import org.posdesk.application.DashboardView.StateCount;

/** The dashboard's figures, fetched once per view so postbacks on the page do not recount. */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DashboardService dashboardService;

    // Not serializable; should the session ever be, the page simply asks again.
    private transient DashboardView view;

    @PostConstruct
    void load() {
        view = dashboardService.dashboard();
    }

    private DashboardView view() {
        if (view == null) {
            load();
        }
        return view;
    }

    /** Null when the caller sees every merchant. */
    public String getScope() {
        return view().scope();
    }

    public boolean isAllMerchants() {
        return view().scope() == null;
    }

    /** Nothing reported yet. ("empty" is an EL keyword, so the page cannot ask for that name.) */
    public boolean isAwaitingData() {
        return view().isEmpty();
    }

    public long getMerchants() {
        return view().merchants();
    }

    public long getStores() {
        return view().stores();
    }

    public long getTerminals() {
        return view().terminals();
    }

    public long getTerminalsOnline() {
        return view().terminalsOnline();
    }

    public long getTransactionsToday() {
        return view().transactionsToday();
    }

    public List<StateCount> getBatchesByState() {
        return view().batchesByState();
    }
}

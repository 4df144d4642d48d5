package org.posdesk.interfaces.web.jobs;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.posdesk.application.jobs.JobDesk;
import org.posdesk.application.jobs.JobView;
import org.posdesk.interfaces.web.i18n.Messages;

/** Each job's last run and next firing, with run now, pause (confirmed) and resume. */
@Named("jobsPage")
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private JobDesk desk;
    @Inject
    private Messages messages;

    private transient List<JobView> jobs;

    public List<JobView> getJobs() {
        if (jobs == null) {
            jobs = desk.jobs();
        }
        return jobs;
    }

    public void runNow(String name) {
        act(() -> desk.runNow(name), "jobs.ran");
    }

    public void pause(String name) {
        act(() -> desk.pause(name), "jobs.paused");
    }

    public void resume(String name) {
        act(() -> desk.resume(name), "jobs.resumed");
    }

    public void refresh() {
        jobs = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            message(FacesMessage.SEVERITY_INFO, doneKey);
        } catch (EJBException | IllegalArgumentException | IllegalStateException e) {
            message(FacesMessage.SEVERITY_ERROR, "jobs.failed");
        }
        jobs = null;
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, messages.get(key), null));
    }

    /** Milliseconds as seconds with one decimal, for the duration column. */
    public String seconds(Long millis) {
        return millis == null ? "—" : String.format("%.1f s", millis / 1000.0);
    }
}

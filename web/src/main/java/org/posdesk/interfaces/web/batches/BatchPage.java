package org.posdesk.interfaces.web.batches;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.batch.BatchDesk;
import org.posdesk.application.batch.BatchDetail;
import org.posdesk.application.batch.ResubmitProgress;
import org.posdesk.application.batch.ResubmitRefusedException;
import org.posdesk.application.batch.ResubmitView;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * One batch. The page polls while a resubmission is under way and stops when it is done or
 * failed; Resubmit asks for confirmation first, and the service decides whether it is allowed.
 */
@Named
@ViewScoped
public class BatchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BatchDesk desk;
    @Inject
    private Messages messages;

    private Long id;
    private transient BatchDetail detail;

    /**
     * View action. An unknown id, another merchant's or none at all get the same answer, so the
     * page says nothing about which batches exist.
     */
    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            detail = desk.batch(id);
        } catch (AccessDeniedException e) {
            notFound();
        }
    }

    /** Poll listener: fetches the batch again while a resubmission moves. */
    public void refresh() {
        if (id != null) {
            detail = desk.batch(id);
        }
    }

    public void resubmit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            desk.resubmit(id);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("batch.resubmit.queued"), null));
        } catch (ResubmitRefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    messages.get("batch.resubmit.refusal." + e.reason().name()), null));
        }
        detail = desk.batch(id);
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        faces.responseComplete();
    }

    public BatchDetail getDetail() {
        if (detail == null && id != null) {
            detail = desk.batch(id);
        }
        return detail;
    }

    public ResubmitView getResubmission() {
        return getDetail().resubmit();
    }

    /** Steps before the current one are done; FAILED marks none of the four as current. */
    public String stepClass(String step) {
        ResubmitProgress progress = getResubmission().progress();
        if (progress == ResubmitProgress.FAILED) {
            return "";
        }
        int at = STEPS.indexOf(progress.name());
        int index = STEPS.indexOf(step);
        if (index < at || progress == ResubmitProgress.DONE) {
            return "pd-step-done";
        }
        return index == at ? "pd-step-current" : "";
    }

    private static final List<String> STEPS = List.of("QUEUED", "SENT", "UPLOADING", "DONE");

    /** The terminal's answer to the command: time and response code, or a dash before it answered. */
    public String getAnswer() {
        ResubmitView r = getResubmission();
        return r.answeredAt() == null ? "—" : time(r.answeredAt()) + " · " + r.responseCode();
    }

    public List<TotalsRow> getTotalsRows() {
        BatchDetail d = getDetail();
        return TotalsRow.of(d.batch().terminalTotals(), d.batch().computedTotals(), d.acquirerTotals());
    }

    /** Received of announced, capped at 100 (posdesk may hold more than the terminal counts). */
    public int getUploadPercent() {
        BatchDetail.UploadProgress upload = getDetail().upload();
        if (upload.announced() == null || upload.announced() == 0) {
            return 100;
        }
        return (int) Math.min(100, upload.held() * 100 / upload.announced());
    }

    public boolean isInProgress() {
        return getDetail() != null && getDetail().resubmit().inProgress();
    }

    public String time(Instant at) {
        return BatchFormats.time(at);
    }

    public String localTime(LocalDateTime at) {
        return BatchFormats.time(at);
    }

    public String amount(long minor) {
        return BatchFormats.amount(minor);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

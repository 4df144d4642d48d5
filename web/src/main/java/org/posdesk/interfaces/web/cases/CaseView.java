package org.posdesk.interfaces.web.cases;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.batch.BatchDesk;
import org.posdesk.application.batch.ResubmitRefusedException;
import org.posdesk.application.casework.Candidate;
import org.posdesk.application.casework.CandidateFinder;
import org.posdesk.application.casework.CandidateList;
import org.posdesk.application.casework.CandidateReason;
import org.posdesk.application.casework.CaseActionRefusedException;
import org.posdesk.application.casework.CaseDetail;
import org.posdesk.application.casework.Casework;
import org.posdesk.application.terminals.TerminalPages;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * One case ({@code case.xhtml?id=}): the claim, its history and notes; for staff also the
 * candidates with their reasons and the actions (each confirmed on the page, each refused by the
 * service when the case does not allow it), and the 362 / 361 offers for its terminal.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Casework casework;
    @EJB
    private CandidateFinder finder;
    @EJB
    private TerminalPages terminalPages;
    @EJB
    private BatchDesk batchDesk;
    @Inject
    private Messages messages;

    private Long id;
    private transient CaseDetail detail;
    private transient CandidateList candidates;

    private String noteText;
    private boolean noteInternal = true;
    private String resolution = "NOT_PAID";
    private String reason;
    private Long linkTransactionId;
    private String linkOrderNumber;

    public void load() throws IOException {
        if (id == null) {
            notFound();
            return;
        }
        try {
            detail = casework.detail(id);
            noteInternal = detail.staffView();
        } catch (AccessDeniedException e) {
            notFound();
        }
    }

    public CaseDetail getDetail() {
        if (detail == null && id != null) {
            detail = casework.detail(id);
        }
        return detail;
    }

    public CandidateList getCandidates() {
        if (candidates == null && getDetail() != null && detail.staffView()) {
            candidates = finder.candidates(id);
        }
        return candidates;
    }

    public void assignToMe() {
        act(() -> casework.assignToMe(id), "case.done.assigned");
    }

    public void addNote() {
        boolean internal = noteInternal && getDetail().staffView();
        act(() -> casework.addNote(id, noteText, internal), "case.done.note");
        noteText = null;
    }

    /** Prepares the confirmation of a link: which payment, and the order it will pay. */
    public void chooseLink(long transactionId) {
        linkTransactionId = transactionId;
        linkOrderNumber = getDetail().row().orderNumber();
    }

    public void link() {
        act(() -> casework.linkPayment(id, linkTransactionId, linkOrderNumber, reason), "case.done.linked");
    }

    public void resolve() {
        act(() -> casework.resolve(id, resolution, reason), "case.done.resolved");
    }

    public void escalate() {
        act(() -> casework.escalate(id, reason), "case.done.escalated");
    }

    public void reopen() {
        act(() -> casework.reopen(id, reason), "case.done.reopened");
    }

    public void askTerminal() {
        act(() -> terminalPages.askLastTransaction(getCandidates().terminal().tid(), origin()), "case.done.asked");
    }

    public void requestBatch() {
        try {
            batchDesk.resubmit(getCandidates().terminal().resubmitBatchId());
            info("case.done.batchRequested");
        } catch (ResubmitRefusedException e) {
            warn(messages.get("batch.resubmit.refusal." + e.reason().name()));
        }
        candidates = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            info(doneKey);
            reason = null;
        } catch (CaseActionRefusedException e) {
            warn(messages.get("case.refused." + e.reason()) + " (" + e.getMessage() + ")");
        } catch (AccessDeniedException e) {
            warn(messages.get("case.refused.denied"));
        }
        detail = null;
        candidates = null;
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(key), null));
    }

    private void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    private static String origin() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        faces.responseComplete();
    }

    /** "amount exact (88.00)", in the reader's language. */
    public String reason(CandidateReason r) {
        String text = messages.get("case.reason." + r.code());
        return r.detail() == null || r.detail().isBlank() ? text : text + " (" + r.detail() + ")";
    }

    public List<Candidate> getCandidateRows() {
        return getCandidates() == null ? List.of() : candidates.candidates();
    }

    public boolean isResolved() {
        return "RESOLVED".equals(getDetail().row().state());
    }

    public String[] getResolutions() {
        return new String[] {"NOT_PAID", "REFUNDED", "DUPLICATE", "REVERSED"};
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNoteText() {
        return noteText;
    }

    public void setNoteText(String noteText) {
        this.noteText = noteText;
    }

    public boolean isNoteInternal() {
        return noteInternal;
    }

    public void setNoteInternal(boolean noteInternal) {
        this.noteInternal = noteInternal;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getLinkTransactionId() {
        return linkTransactionId;
    }

    public String getLinkOrderNumber() {
        return linkOrderNumber;
    }

    public void setLinkOrderNumber(String linkOrderNumber) {
        this.linkOrderNumber = linkOrderNumber;
    }
}

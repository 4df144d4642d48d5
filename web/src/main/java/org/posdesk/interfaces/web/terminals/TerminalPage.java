package org.posdesk.interfaces.web.terminals;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.terminals.AskResult;
import org.posdesk.application.terminals.CommandRow;
import org.posdesk.application.terminals.TerminalDetail;
import org.posdesk.application.terminals.TerminalPages;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * One terminal ({@code terminal.xhtml?tid=...}). A TID the caller may not see reads exactly like
 * one that does not exist: a "not found" page with status 404.
 */
@Named
@ViewScoped
public class TerminalPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TerminalPages terminalPages;
    @Inject
    private Messages messages;
    @Inject
    private Display display;

    private String tid;
    private boolean notFound;
    /** The 362 this view asked for, followed until the terminal answers. */
    private Long askedCommandId;
    private boolean askedWhileOffline;
    private transient TerminalDetail detail;
    private transient GapChart chart;
    private transient CommandRow asked;

    // Loaded on first use rather than in @PostConstruct (the view parameter is set after it) and
    // not by a view action, whose exceptions would reach the error pages wrapped.
    public TerminalDetail getDetail() {
        if (detail == null && !notFound) {
            try {
                detail = terminalPages.detail(tid);
            } catch (AccessDeniedException e) {
                notFound = true;
                FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            }
        }
        return detail;
    }

    public boolean isNotFound() {
        getDetail();
        return notFound;
    }

    public GapChart getChart() {
        if (chart == null && getDetail() != null) {
            chart = new GapChart(detail.gaps(), detail.now(), Display.ZONE, display);
        }
        return chart;
    }

    /** Queues a 362 and says where it stands: going out with the next heartbeat reply, or waiting for the terminal. */
    public void ask() {
        try {
            AskResult result = terminalPages.askLastTransaction(tid, origin());
            askedCommandId = result.command().id();
            askedWhileOffline = !result.terminalOnline();
            asked = result.command();
            detail = null;
            chart = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get(askedWhileOffline ? "terminal.ask.queuedOffline" : "terminal.ask.queued"), null));
        } catch (AccessDeniedException e) {
            notFound = true;
        }
    }

    /** Called by the poll while the command is unanswered: the command's state and the journal's last entry. */
    public void refresh() {
        asked = null;
        detail = null;
        chart = null;
    }

    public CommandRow getAsked() {
        if (asked == null && askedCommandId != null) {
            asked = terminalPages.command(tid, askedCommandId);
        }
        return asked;
    }

    /** The poll runs while a command asked from this view is on its way. */
    public boolean isWaiting() {
        return getAsked() != null && !getAsked().isFinished();
    }

    public boolean isAskedWhileOffline() {
        return askedWhileOffline;
    }

    private static String origin() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : null;
    }

    public String getTid() {
        return tid;
    }

    public void setTid(String tid) {
        this.tid = tid;
    }
}

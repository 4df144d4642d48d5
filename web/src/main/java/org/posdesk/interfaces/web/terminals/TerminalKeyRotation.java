package org.posdesk.interfaces.web.terminals;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.application.terminals.KeyStatus;
import org.posdesk.application.terminals.TerminalKeys;
import org.posdesk.interfaces.web.i18n.Messages;

/**
 * The administrators' key panel on a terminal's page: dates of the MAC key in use and of a
 * waiting rotation, and "rotate now". Nobody else sees the panel, and the service refuses them
 * anyway.
 */
@Named
@ViewScoped
public class TerminalKeyRotation implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private TerminalKeys keys;
    @Inject
    private SecurityContext security;
    @Inject
    private Messages messages;

    private String tid;
    private transient KeyStatus status;

    public boolean isAvailable() {
        return security.isCallerInRole("ADMIN") && getStatus() != null;
    }

    public KeyStatus getStatus() {
        if (status == null && tid != null && security.isCallerInRole("ADMIN")) {
            try {
                status = keys.status(tid);
            } catch (AccessDeniedException e) {
                return null;
            }
        }
        return status;
    }

    public void rotate() {
        status = keys.requestMacKeyRotation(tid, origin());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                messages.get(status.staged() ? "terminal.key.staged" : "terminal.key.alreadyPending"), null));
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

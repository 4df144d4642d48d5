package org.posdesk.interfaces.web.password;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import org.posdesk.application.PasswordRejectedException;
import org.posdesk.application.PasswordService;
import org.posdesk.interfaces.web.i18n.Messages;
import org.posdesk.interfaces.web.security.PasswordChangeGate;

/**
 * The password page ({@code password.xhtml}): current, new and repeated. Request scoped, so the
 * passwords live no longer than the post that carries them.
 */
@Named
@RequestScoped
public class PasswordChange {

    @EJB
    private PasswordService passwords;
    @Inject
    private FacesContext facesContext;
    @Inject
    private Messages messages;

    private String current;
    private String next;
    private String repeat;
    private Boolean required;

    /** True when the user came here because they must change the password before anything else. */
    public boolean isRequired() {
        if (required == null) {
            required = passwords.mustChangePassword();
        }
        return required;
    }

    public void change() throws IOException {
        if (next == null || !next.equals(repeat)) {
            error("password.rule.repeat-differs");
            return;
        }
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        char[] currentChars = current.toCharArray();
        char[] nextChars = next.toCharArray();
        try {
            passwords.changeOwnPassword(currentChars, nextChars, request.getRemoteAddr());
        } catch (PasswordRejectedException e) {
            error(e.messageKey());
            return;
        } finally {
            Arrays.fill(currentChars, '\0');
            Arrays.fill(nextChars, '\0');
        }
        PasswordChangeGate.forget(request.getSession(false));
        external.redirect(external.getRequestContextPath() + "/password.xhtml?changed=true");
    }

    private void error(String key) {
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}

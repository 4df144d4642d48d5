package org.posdesk.interfaces.web.users;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.posdesk.application.UserAdministration;
import org.posdesk.application.UserSummary;

/**
 * The users page ({@code users.xhtml}, administrators): find users by the start of their name and
 * reset a password. The temporary password is held only until the view goes, to be shown once.
 */
@Named
@ViewScoped
public class UserList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @EJB
    private UserAdministration administration;

    private String prefix = "";
    private List<UserSummary> users;
    private String resetUser;
    private String temporaryPassword;
    private boolean authenticatorReset;

    public void search() {
        users = administration.findUsers(prefix);
        temporaryPassword = null;
        resetUser = null;
    }

    public List<UserSummary> getUsers() {
        if (users == null) {
            search();
        }
        return users;
    }

    public boolean isMore() {
        return getUsers().size() >= UserAdministration.PAGE;
    }

    public void reset(String username) {
        temporaryPassword = administration.resetPassword(username, origin());
        resetUser = username;
        authenticatorReset = false;
        users = administration.findUsers(prefix);
    }

    /** A lost authenticator: taken away, with a temporary password the administrator hands over. */
    public void resetAuthenticator(String username) {
        temporaryPassword = administration.resetSecondFactor(username, origin());
        resetUser = username;
        authenticatorReset = true;
        users = administration.findUsers(prefix);
    }

    public boolean isAuthenticatorReset() {
        return authenticatorReset;
    }

    private static String origin() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return request.getRemoteAddr();
    }

    public String time(Instant at) {
        return at == null ? "" : SHOWN.format(at);
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String getResetUser() {
        return resetUser;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    /** Shown once: the page forgets it when the administrator closes the notice. */
    public void dismiss() {
        temporaryPassword = null;
        resetUser = null;
        authenticatorReset = false;
    }
}

package org.posdesk.interfaces.web.layout;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.posdesk.application.CurrentUserService;
import org.posdesk.application.UserView;

/**
 * Who is signed in, for the top bar. Asked once per request rather than kept in the session,
 * so a changed role or merchant shows on the next page.
 */
@Named
@RequestScoped
public class SessionHeader {

    @EJB
    private CurrentUserService currentUserService;

    private UserView user;

    // Asked on first use, not in @PostConstruct: there a refusal would reach the error pages
    // wrapped by CDI and show as a 500 instead of the 403 it is.
    private UserView user() {
        if (user == null) {
            user = currentUserService.currentUser();
        }
        return user;
    }

    public String getUsername() {
        return user().username();
    }

    /** The bundle key naming the role, so the role reads in the page's language. */
    public String getRoleKey() {
        return "role." + user().role();
    }

    public String getMerchantName() {
        return user().merchantName();
    }

    public boolean isMerchantUser() {
        return user().merchantName() != null;
    }
}

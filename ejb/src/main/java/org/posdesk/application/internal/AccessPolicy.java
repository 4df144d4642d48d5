package org.posdesk.application.internal;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import org.posdesk.application.AccessDeniedException;
import org.posdesk.domain.user.AppUser;
import org.posdesk.domain.user.UserRepository;

/**
 * The one place that decides who the caller is and what they may see. It reads the caller from
 * the EJB context (set by the web sign-in, or by a run-as identity for jobs) and their role and
 * merchant from the users table, so a page can never widen its own scope.
 */
@Stateless
public class AccessPolicy {

    @Resource
    private SessionContext context;

    @Inject
    private UserRepository users;

    public Viewer viewer() {
        Principal principal = context.getCallerPrincipal();
        String name = principal == null ? null : principal.getName();
        if (name == null || name.isBlank() || "anonymous".equals(name)) {
            throw new AccessDeniedException("not signed in");
        }
        AppUser user = users.findByUsername(name)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccessDeniedException("not signed in"));
        return new Viewer(user.getUsername(), user.getRole(), user.getMerchantId().orElse(null), user.getStoreIds());
    }
}

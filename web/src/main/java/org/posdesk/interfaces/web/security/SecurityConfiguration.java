package org.posdesk.interfaces.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Selects the custom form mechanism: the login page posts to a bean that calls
 * {@code SecurityContext.authenticate}, so the page stays an ordinary Faces view with its
 * CSRF-protected form instead of a {@code j_security_check} post. A redirect (not a forward) to
 * the login page keeps the browser's address honest. The class must be a bean itself, or
 * annotated discovery never sees the annotations. Requests under {@code /api/} do not use this
 * form: {@link ApiAwareAuthentication} answers them with HTTP Basic and hands the rest here.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(
                loginPage = "/login.xhtml",
                errorPage = "",
                useForwardToLogin = false))
@DeclareRoles({Roles.MERCHANT, Roles.AGENT, Roles.ADMIN})
public class SecurityConfiguration {
}

package org.posdesk.interfaces.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Two ways in, one identity store. Jakarta Security 3 (Soteria 3.0.3 in WildFly 39) lets an
 * application have one authentication mechanism, and the portal's is the custom form declared on
 * {@link SecurityConfiguration}. Machines calling {@code /api/*} cannot fill in a form, and must
 * not ride on a browser's session cookie either (that would open the API to cross-site requests).
 * This alternative therefore takes over as the application's mechanism: requests under
 * {@code /api/} are authenticated by HTTP Basic on every call, statelessly, and answered 401 with a
 * challenge when they carry no valid credentials; every other request goes to the form mechanism
 * exactly as before. Both end in {@link ServiceIdentityStore}, so lockout and the audit trail treat
 * an API caller like a person at the login page. A user with an authenticator (every agent and
 * administrator, and merchant users who enrolled one) is refused on the password alone: a password
 * must not open what the portal guards with two factors. Such a user adds the current code of their
 * authenticator (or a recovery code) in the {@value #CODE_HEADER} header — an operator running
 * {@code bin/posdesk audit-verify}, say; each code works once, and wrong codes count in the same
 * sign-in throttle as at the login page. Integrations use a merchant user without an authenticator.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class ApiAwareAuthentication implements HttpAuthenticationMechanism {

    static final String API_PREFIX = "/api/";
    static final String CODE_HEADER = "X-Posdesk-Code";
    private static final String BASIC = "Basic ";
    private static final String CHALLENGE = "Basic realm=\"posdesk\", charset=\"UTF-8\"";

    @Inject
    private IdentityStoreHandler identityStores;
    @Inject
    private BeanManager beanManager;
    @Inject
    private SecondFactorGate secondFactorGate;

    private volatile HttpAuthenticationMechanism form;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (!isApi(request)) {
            return form().validateRequest(request, response, context);
        }
        Optional<UsernamePasswordCredential> credential = basicCredential(request);
        if (credential.isEmpty()) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            Optional<CredentialValidationResult> withCode = secondFactorGate.completeWithCode(
                    request.getHeader(CODE_HEADER), request.getRemoteAddr());
            if (withCode.isEmpty()) {
                return challenge(response, context);
            }
            result = withCode.get();
        }
        return context.notifyContainerAboutLogin(result);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return isApi(request) ? AuthenticationStatus.SUCCESS : form().secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isApi(request)) {
            HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
        } else {
            form().cleanSubject(request, response, context);
        }
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
        return path.startsWith(API_PREFIX);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return context.responseUnauthorized();
    }

    /** A malformed header counts as no credentials at all: the caller gets the challenge. */
    static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /**
     * The form mechanism Soteria built from {@link SecurityConfiguration}'s annotation, with its
     * login-to-continue and session handling. Looked up among all mechanisms, not resolved: as the
     * enabled alternative, resolution would hand back this very bean.
     */
    private HttpAuthenticationMechanism form() {
        HttpAuthenticationMechanism found = form;
        if (found == null) {
            Bean<?> bean = beanManager.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !b.getBeanClass().equals(ApiAwareAuthentication.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no form authentication mechanism is declared"));
            found = (HttpAuthenticationMechanism) beanManager.getReference(bean, HttpAuthenticationMechanism.class,
                    beanManager.createCreationalContext(bean));
            form = found;
        }
        return found;
    }
}

/**
 * Connects Jakarta Security to the sign-in service: the form mechanism, an identity store that
 * delegates every decision to the service layer, and the sign-in and sign-out actions.
 *
 * <p>The second factor (TOTP) sits between the password and the signed-in caller: a right
 * password of a user with (or obliged to have) an authenticator validates nothing by itself; the
 * {@link org.posdesk.interfaces.web.security.SecondFactorGate} keeps a
 * {@link org.posdesk.interfaces.web.security.PendingSignIn} in the session, the code page or the
 * enrolment checks the second factor through the service layer, and only then does a second
 * identity store let the container know the caller.
 */
package org.posdesk.interfaces.web.security;

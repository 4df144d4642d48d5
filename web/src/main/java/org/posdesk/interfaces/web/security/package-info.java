/**
 * Connects Jakarta Security to the sign-in service: the form mechanism, an identity store that
 * delegates every decision to the service layer, and the sign-in and sign-out actions.
 */
package org.posdesk.interfaces.web.security;
